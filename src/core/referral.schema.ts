// "Who else should I talk to?": what may be sent to add a person suggested in a conversation.
import { z } from "zod";
import { ContactCreateInput, ContactSchema } from "./contact.schema.js";
import { ConversationSchema } from "./conversation.schema.js";

const newPerson = ContactCreateInput.pick({
  lastName: true,
  linkedinUrl: true,
  organization: true,
  title: true,
}).shape;

export const ReferralInput = z
  .object({
    contactId: z.string().max(100).optional().meta({
      description: "Someone already in my contacts; or give firstName (and more) for someone new",
    }),
    firstName: ContactCreateInput.shape.firstName.optional(),
    ...newPerson,
    email: z.email("Not a valid e-mail address.").trim().max(254).optional(),
    mayMentionIntroducer: z
      .boolean({ error: "mayMentionIntroducer is true or false." })
      .optional()
      .meta({ description: "Whether the person I talked with agreed that I mention their name" }),
    note: z.string().max(5000, "note is longer than 5000 characters.").optional(),
  })
  .meta({ id: "ReferralCreate" });
export type ReferralInput = z.infer<typeof ReferralInput>;

/** A person suggested in a conversation, as added: the contact and the conversation to ask for. */
export const ReferralSchema = z
  .object({ contact: ContactSchema, conversation: ConversationSchema })
  .meta({ id: "Referral" });

/** A person suggested in a conversation and added there, listed again when it is reopened. */
export const ReferredContactSchema = z
  .object({
    contact: ContactSchema,
    conversation: ConversationSchema.nullable().meta({
      description:
        "The conversation with them that is planned or under way, else the latest; null when there is none",
    }),
  })
  .meta({ id: "ReferredContact" });

export const ReferralListSchema = z
  .object({ items: z.array(ReferredContactSchema) })
  .meta({ id: "ReferralList" });

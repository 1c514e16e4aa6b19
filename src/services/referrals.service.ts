// "Who else should I talk to?": a person named in a conversation becomes a contact introduced by
// the one I talked with, and a conversation to ask for.
import { z } from "@hono/zod-openapi";
import { sql } from "kysely";
import type { Contact } from "../core/contact.js";
import { normalizeProfileUrl } from "../core/contact-fields.js";
import type { Conversation } from "../core/conversation.js";
import { ConflictError, ValidationError } from "../core/errors.js";
import { searchKey } from "../core/text.js";
import { findContact, updateContactRow } from "../db/contacts.repository.js";
import { listConversations as listConversationRows } from "../db/conversations.repository.js";
import { likePattern } from "../db/paging.js";
import { ContactCreateInput } from "./contacts.input.js";
import { createContact, getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
import { createConversation, getConversation, moveConversation } from "./conversations.service.js";
import { parseInput } from "./errors.js";

const newPerson = ContactCreateInput.pick({
  lastName: true,
  linkedinUrl: true,
  organization: true,
  title: true,
}).shape;

export const ReferralInput = z
  .object({
    contactId: z.string().max(100).optional().openapi({
      description: "Someone already in my contacts; or give firstName (and more) for someone new",
    }),
    firstName: ContactCreateInput.shape.firstName.optional(),
    ...newPerson,
    email: z.email("Not a valid e-mail address.").trim().max(254).optional(),
    mayMentionIntroducer: z
      .boolean({ error: "mayMentionIntroducer is true or false." })
      .optional()
      .openapi({ description: "Whether the person I talked with agreed that I mention their name" }),
    note: z.string().max(5000, "note is longer than 5000 characters.").optional(),
  })
  .openapi("ReferralCreate");
export type ReferralInput = z.infer<typeof ReferralInput>;

export interface Referral {
  contact: Contact;
  conversation: Conversation;
}

/** Links someone I already know to the introducer, keeping any introducer they already have. */
async function linkExisting(ctx: ServiceContext, id: string, from: Conversation, input: ReferralInput) {
  const contact = await findContact(ctx.db.kysely, ctx.user.id, id);
  if (!contact) throw new ValidationError(`contactId: no contact with id ${id}.`, "contactId");
  if (contact.id === from.contactId)
    throw new ValidationError("contactId: someone cannot be referred to themselves.", "contactId");
  if (contact.introducedById && contact.introducedById !== from.contactId) {
    const earlier = await getContact(ctx, contact.introducedById);
    throw new ConflictError(
      `${contact.fullName} was already introduced by ${earlier.fullName}; that introduction is kept. Change it on their contact page if it is wrong.`,
      "contactId",
    );
  }
  await updateContactRow(
    ctx.db.kysely,
    ctx.user.id,
    contact.id,
    {
      introduced_by_id: from.contactId,
      ...(contact.source === null ? { source: "referral" } : {}),
      ...(input.mayMentionIntroducer === undefined
        ? {}
        : { may_mention_introducer: input.mayMentionIntroducer ? 1 : 0 }),
    },
    nowIso(ctx),
  );
  return getContact(ctx, contact.id);
}

/** Stages in which a conversation with them is already planned or under way. */
const OPEN_STAGES = ["idea", "to-ask", "asked", "scheduled"] as const;

/**
 * The conversation to have with them: one already open (an idea becomes "to ask"), else a new
 * "to ask" one like the conversation they came from, serving the same goals.
 */
async function toAskWith(ctx: ServiceContext, contactId: string, from: Conversation, note: string) {
  const open = await listConversationRows(ctx.db.kysely, ctx.user.id, {
    stages: [...OPEN_STAGES],
    contactId,
    limit: 1,
  });
  const existing = open.items[0];
  if (existing?.stage === "idea")
    return moveConversation(ctx, existing.id, { stage: "to-ask", note: `Suggested by ${from.contactName}` });
  if (existing) return existing;
  return createConversation(ctx, {
    contactId,
    kind: from.kind,
    stage: "to-ask",
    goalIds: from.goalIds,
    notes: note,
  });
}

/** The id of a contact with this e-mail address or LinkedIn profile, if there is one. */
async function alreadyKnown(
  ctx: ServiceContext,
  email: string | undefined,
  linkedinUrl: string | undefined,
): Promise<string | undefined> {
  const profile = linkedinUrl ? normalizeProfileUrl(linkedinUrl) : null;
  if (profile) {
    const row = await ctx.db.kysely
      .selectFrom("contacts")
      .select("id")
      .where("owner_id", "=", ctx.user.id)
      .where("linkedin_url", "=", profile)
      .executeTakeFirst();
    if (row) return row.id;
  }
  if (!email) return undefined;
  const wanted = email.trim().toLowerCase();
  const rows = await ctx.db.kysely
    .selectFrom("contacts")
    .select(["id", "emails"])
    .where("owner_id", "=", ctx.user.id)
    .where(sql<boolean>`search_text like ${likePattern(searchKey(wanted))} escape '\\'`)
    .execute();
  return rows.find((r) => (JSON.parse(r.emails) as string[]).some((e) => e.toLowerCase() === wanted))?.id;
}

export async function addReferral(
  ctx: ServiceContext,
  conversationId: string,
  raw: ReferralInput,
): Promise<Referral> {
  const input = parseInput(ReferralInput, raw);
  const from = await getConversation(ctx, conversationId);
  const note = input.note?.trim() ?? "";
  if (input.contactId !== undefined) {
    if (input.firstName !== undefined)
      throw new ValidationError(
        "firstName: give either contactId or a new person's name, not both.",
        "firstName",
      );
    const contact = await linkExisting(ctx, input.contactId, from, input);
    return { contact, conversation: await toAskWith(ctx, contact.id, from, note) };
  }
  if (input.firstName === undefined)
    throw new ValidationError(
      "firstName is required (or contactId, for someone already in your contacts).",
      "firstName",
    );
  // Someone already here (the same e-mail or LinkedIn profile) is linked, not added twice.
  const known = await alreadyKnown(ctx, input.email, input.linkedinUrl ?? undefined);
  if (known) {
    const contact = await linkExisting(ctx, known, from, input);
    return { contact, conversation: await toAskWith(ctx, contact.id, from, note) };
  }
  const contact = await createContact(ctx, {
    firstName: input.firstName,
    lastName: input.lastName,
    emails: input.email ? [input.email] : [],
    linkedinUrl: input.linkedinUrl,
    organization: input.organization,
    title: input.title,
    source: "referral",
    introducedById: from.contactId,
    mayMentionIntroducer: input.mayMentionIntroducer ?? null,
  });
  try {
    return { contact, conversation: await toAskWith(ctx, contact.id, from, note) };
  } catch (error) {
    // All or nothing: without its conversation, the new contact is taken back.
    await ctx.db.kysely
      .deleteFrom("contacts")
      .where("owner_id", "=", ctx.user.id)
      .where("id", "=", contact.id)
      .execute();
    throw error;
  }
}

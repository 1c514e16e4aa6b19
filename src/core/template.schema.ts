// A template's and a draft's shapes, declared once: the types every face uses, what the API
// answers (and documents in OpenAPI), and what people may send to add, change or fill one in.
import { z } from "zod";
import { TEMPLATE_CHANNELS, TEMPLATE_KINDS, VARIABLE_NAMES } from "./template.js";

const timestamp = z.string().meta({ format: "date-time" });

/** A template of our library (each user's own copy) or of the user's own. */
export const TemplateSchema = z
  .object({
    id: z.uuid(),
    builtinKey: z.string().nullable().meta({ description: "Set for templates from our library" }),
    kind: z.enum(TEMPLATE_KINDS),
    channel: z.enum(TEMPLATE_CHANNELS),
    name: z.string(),
    subject: z.string(),
    body: z.string(),
    position: z.number().int(),
    hidden: z.boolean(),
    /** Whether a library template was changed from our text. */
    edited: z.boolean().meta({ description: "A library template changed from our text" }),
    variables: z.array(z.string()).meta({ description: "The {{variables}} it uses" }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Template" });
export type Template = z.infer<typeof TemplateSchema>;

/** A template filled in for a contact: what is still missing is named and left visible. */
export const DraftSchema = z
  .object({
    subject: z.string(),
    body: z.string(),
    missing: z
      .array(z.string())
      .meta({ description: "Variables still to fill in; left visible as {{name}}" }),
    templateId: z.uuid(),
    kind: z.enum(TEMPLATE_KINDS),
    channel: z.enum(TEMPLATE_CHANNELS),
  })
  .meta({ id: "Draft" });
export type Draft = z.infer<typeof DraftSchema>;

const kind = z.enum(TEMPLATE_KINDS, { error: `kind is one of ${TEMPLATE_KINDS.join(", ")}.` });
const channel = z.enum(TEMPLATE_CHANNELS, { error: "channel is email or linkedin." });

export const TemplateCreateInput = z
  .object({
    name: z.string().trim().min(1, "name: give the template a name.").max(120),
    kind,
    channel: channel.optional(),
    subject: z.string().max(300, "subject is longer than 300 characters.").optional(),
    body: z.string().trim().min(1, "body: write the text of the template.").max(10_000),
  })
  .meta({ id: "TemplateCreate" });
export type TemplateCreateInput = z.infer<typeof TemplateCreateInput>;

export const TemplateUpdateInput = z
  .object({
    name: z.string().trim().min(1, "name cannot be empty.").max(120).optional(),
    kind: kind.optional(),
    channel: channel.optional(),
    subject: z.string().max(300, "subject is longer than 300 characters.").optional(),
    body: z.string().trim().min(1, "body cannot be empty.").max(10_000).optional(),
    hidden: z.boolean().optional(),
    position: z.number().int().min(0).max(100_000).optional(),
    reset: z.literal(true).optional().describe("Puts a library template back to our text"),
  })
  .meta({ id: "TemplateUpdate" });
export type TemplateUpdateInput = z.infer<typeof TemplateUpdateInput>;

export const TemplateListQuery = z.object({
  kind: kind.optional(),
  includeHidden: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});
export type TemplateListQuery = z.input<typeof TemplateListQuery>;

const values = z.partialRecord(z.enum(VARIABLE_NAMES), z.string().max(1000));

export const TemplateRenderInput = z
  .object({
    contactId: z.uuid({
      error: (issue) =>
        issue.input === undefined ? "contactId is required." : "contactId must be a contact id.",
    }),
    conversationId: z.uuid("conversationId must be a conversation id.").nullable().optional(),
    introduceToId: z
      .uuid("introduceToId must be a contact id.")
      .nullable()
      .optional()
      .describe(
        "For a request for an introduction: the person to be introduced to. Their names, role and " +
          "organisation fill the template; the contact written to is the introducer",
      ),
    values: values.optional().describe("Values that override or fill in what coffeechat knows"),
  })
  .meta({ id: "TemplateRender" });
export type TemplateRenderInput = z.infer<typeof TemplateRenderInput>;

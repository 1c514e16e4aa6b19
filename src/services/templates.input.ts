import { z } from "@hono/zod-openapi";
import { TEMPLATE_CHANNELS, TEMPLATE_KINDS, VARIABLE_NAMES } from "../core/template.js";

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
  .openapi("TemplateCreate");
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
  .openapi("TemplateUpdate");
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
    values: values.optional().describe("Values that override or fill in what coffeechat knows"),
  })
  .openapi("TemplateRender");
export type TemplateRenderInput = z.infer<typeof TemplateRenderInput>;

// Response shapes of the outreach API: templates, drafts, checks and mail settings.
import { z } from "@hono/zod-openapi";
import { TEMPLATE_CHANNELS, TEMPLATE_KINDS } from "../core/template.js";

const timestamp = z.string().openapi({ format: "date-time" });

export const TemplateSchema = z
  .object({
    id: z.uuid(),
    builtinKey: z.string().nullable().openapi({ description: "Set for templates from our library" }),
    kind: z.enum(TEMPLATE_KINDS),
    channel: z.enum(TEMPLATE_CHANNELS),
    name: z.string(),
    subject: z.string(),
    body: z.string(),
    position: z.number().int(),
    hidden: z.boolean(),
    edited: z.boolean().openapi({ description: "A library template changed from our text" }),
    variables: z.array(z.string()).openapi({ description: "The {{variables}} it uses" }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi("Template");

export const DraftSchema = z
  .object({
    subject: z.string(),
    body: z.string(),
    missing: z
      .array(z.string())
      .openapi({ description: "Variables still to fill in; left visible as {{name}}" }),
    templateId: z.uuid(),
    kind: z.enum(TEMPLATE_KINDS),
    channel: z.enum(TEMPLATE_CHANNELS),
  })
  .openapi("Draft");

export const OutreachCheckInput = z
  .object({
    channel: z.enum(["email", "linkedin"], { error: "channel is email or linkedin." }),
    subject: z.string().max(1000).optional(),
    body: z.string().max(50_000, "body is longer than 50,000 characters."),
    purpose: z.enum(TEMPLATE_KINDS).optional(),
    maxWords: z.number().int().min(20).max(1000).optional(),
  })
  .openapi("OutreachCheckRequest");

export const OutreachChecksSchema = z
  .object({
    checks: z.array(
      z.object({
        id: z.string(),
        level: z.enum(["ok", "warn", "fail"]),
        message: z.string(),
      }),
    ),
  })
  .openapi("OutreachChecks");

export const MailSettingsSchema = z
  .object({
    configured: z.boolean(),
    source: z.enum(["settings", "environment"]).nullable(),
    server: z.string().nullable().openapi({ description: "The server's address, password hidden" }),
    from: z.string().nullable(),
  })
  .openapi("MailSettings");

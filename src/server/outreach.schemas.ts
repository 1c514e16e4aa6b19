// The outreach checks of a draft: what is sent and what comes back. Templates, drafts and mail
// settings are declared once, in core (template.schema.ts, settings.schema.ts).
import { z } from "@hono/zod-openapi";
import { TEMPLATE_KINDS } from "../core/template.js";

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

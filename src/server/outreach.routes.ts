import { createRoute, z } from "@hono/zod-openapi";
import { checkOutreach } from "../core/outreach-checks.js";
import { MailSettingsInput, MailSettingsSchema, MailTestInput } from "../core/settings.schema.js";
import { getMailSettings, sendTestMail, updateMailSettings } from "../services/mail-settings.service.js";
import { newRouter } from "./env.js";
import { OutreachCheckInput, OutreachChecksSchema } from "./outreach.schemas.js";
import { errorResponses, jsonBody, jsonContent } from "./schemas.js";

export const outreachRoutes = newRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/outreach/check",
      tags: ["Outreach"],
      summary: "Check a draft: length, connection, one clear ask, time, formats, no job request, about them",
      request: jsonBody(OutreachCheckInput),
      responses: {
        200: jsonContent(OutreachChecksSchema, "Every check, ok, warn or fail"),
        400: errorResponses[400],
      },
    }),
    (c) => c.json({ checks: checkOutreach(c.req.valid("json")) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/settings/mail",
      tags: ["Settings"],
      summary: "The mail server messages are sent through (its password never shown)",
      responses: { 200: jsonContent(MailSettingsSchema, "The mail settings") },
    }),
    async (c) => c.json(await getMailSettings(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/settings/mail",
      tags: ["Settings"],
      summary: "Set your own mail server (smtpUrl) and sender (from); null clears them",
      request: jsonBody(MailSettingsInput),
      responses: { 200: jsonContent(MailSettingsSchema, "The mail settings"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await updateMailSettings(c.var.ctx, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/settings/mail/test",
      tags: ["Settings"],
      summary: "Send me a test mail now",
      request: jsonBody(MailTestInput),
      responses: {
        200: jsonContent(z.object({ sentTo: z.string() }), "Sent"),
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(await sendTestMail(c.var.ctx, c.req.valid("json")), 200),
  );

// Files through the API: import (preview or apply), export downloads, calendar files and the feed.
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { stream } from "hono/streaming";
import { ValidationError } from "../core/errors.js";
import { EXPORT_FORMATS, IMPORT_FORMATS } from "../core/file-formats.js";
import { parseLineRefs } from "../core/import-plan.js";
import {
  conversationCalendar,
  createFeed,
  feedCalendar,
  feedCalendarByToken,
  feedStatus,
  revokeFeed,
} from "../services/calendar.service.js";
import type { NamedFile } from "../services/files.service.js";
import { type AppEnv, newRouter } from "./env.js";
import { errorBody } from "./errors.js";
import { isReachableFromInternet } from "./public-url.js";
import { ErrorSchema, errorResponses, IdParam, jsonContent } from "./schemas.js";
import { takingTurns } from "./turn-taking.js";

const ImportResultSchema = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    people: z
      .object({
        dryRun: z.boolean(),
        counts: z.object({
          new: z.number(),
          update: z.number(),
          unchanged: z.number(),
          duplicate: z.number(),
          merged: z.number(),
          skipped: z.number(),
        }),
        items: z.array(
          z.object({
            line: z.number(),
            file: z
              .string()
              .optional()
              .openapi({ description: "The file of the line, when several were sent" }),
            name: z.string(),
            action: z.enum(["new", "update", "unchanged", "duplicate", "merged", "skipped"]),
            contactId: z.string().nullable(),
            changes: z.array(z.string()),
            kept: z.array(z.string()),
            reason: z
              .string()
              .optional()
              .openapi({ description: "Why a skipped line cannot become a person" }),
            duplicateOf: z
              .object({
                name: z.string(),
                contactId: z.string().nullable(),
                line: z.number().nullable(),
                file: z.string().optional(),
                chosen: z.boolean(),
              })
              .optional()
              .openapi({
                description:
                  "For a possible duplicate: whom it may be, a contact here (contactId) or an earlier line (line, file); chosen when you said (sameAs) they are the same person and the line was united with them",
              }),
          }),
        ),
        dropped: z.array(z.string()),
        interactions: z.object({ added: z.number(), alreadyThere: z.number(), unmatched: z.number() }),
      })
      .optional(),
    restored: z.record(z.string(), z.number()).optional(),
  })
  .openapi("ImportResult");

/** The uploaded files: multipart `file` fields, or the raw body named by `?name=`. */
async function uploadedFiles(c: Context<AppEnv>, fallbackName: string): Promise<NamedFile[]> {
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const body = await c.req.parseBody({ all: true });
    const fields = body.file === undefined ? [] : Array.isArray(body.file) ? body.file : [body.file];
    const files = await Promise.all(
      fields
        .filter((f): f is File => typeof f !== "string")
        .map(async (f) => ({ name: f.name || fallbackName, content: Buffer.from(await f.arrayBuffer()) })),
    );
    if (files.length === 0)
      throw new ValidationError("Attach the file to import in a field named file.", "file");
    return files;
  }
  const content = Buffer.from(await c.req.arrayBuffer());
  if (content.length === 0)
    throw new ValidationError(
      "The request has no file: send it as the body or as multipart field file.",
      "file",
    );
  return [{ name: c.req.query("name") || fallbackName, content }];
}

const FormatParam = (formats: readonly string[]) =>
  z.object({
    format: z.enum(formats as [string, ...string[]]).openapi({ param: { name: "format", in: "path" } }),
  });

/** From configuration (see public-url.ts), never from the request's Host. */
const publicBase = (c: Context<AppEnv>) => c.var.publicUrl;

export const fileRoutes = newRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/import/{format}",
      tags: ["Import and export"],
      summary:
        "Import a file: linkedin (Connections.csv, messages.csv, Invitations.csv), google, vcard, or a json backup",
      description:
        "Send the file as the raw body (name it with ?name=) or as multipart field `file` (several for LinkedIn). With ?dryRun=true nothing is written and the answer is the preview. A bad file answers 400 naming the line; nothing is written. A possible duplicate (same name as someone here or an earlier line, nothing else in common; `duplicateOf` in the preview says whom) is added separately unless you say it is the same person: ?sameAs= lists such lines, comma-separated, each as its line number (`12`) or, when several files are sent, file name and line number (`Contacts.csv:12`, as the preview's `file` and `line`); they are then united with that person, nothing lost (action update or merged). Send the same sameAs with dryRun to preview the result. A line in sameAs that is not a possible duplicate answers 400 with field sameAs.",
      request: {
        params: FormatParam(IMPORT_FORMATS),
        query: z.object({
          dryRun: z.enum(["true", "false"]).optional(),
          name: z.string().max(200).optional(),
          me: z
            .string()
            .max(300)
            .optional()
            .openapi({ description: "Your LinkedIn profile or name, for messages.csv" }),
          sameAs: z.string().max(20_000).optional().openapi({
            description:
              "Possible duplicates that are the same person as the one the preview names: comma-separated lines, `12` or `Contacts.csv:12`",
            example: "12,Contacts.csv:40",
          }),
        }),
        body: {
          content: {
            "text/csv": { schema: z.string() },
            "text/vcard": { schema: z.string() },
            "application/json": { schema: z.object({}).passthrough() },
            "application/octet-stream": { schema: z.string() },
            "multipart/form-data": { schema: z.object({ file: z.any() }) },
          },
        },
      },
      responses: {
        200: jsonContent(ImportResultSchema, "What was (or would be) imported"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { format } = c.req.valid("param");
      const files = await uploadedFiles(
        c,
        `upload.${format === "vcard" ? "vcf" : format === "json" ? "json" : "csv"}`,
      );
      const query = c.req.valid("query");
      const sameAs = query.sameAs ? parseLineRefs(query.sameAs) : [];
      // Import's readers (CSV, vCard, zip, backups) load on the first import, not at start.
      const { importFiles } = await import("../services/files.service.js");
      const result = await importFiles(c.var.ctx, format as (typeof IMPORT_FORMATS)[number], files, {
        dryRun: query.dryRun === "true",
        me: query.me,
        ...(sameAs.length > 0 ? { sameAs } : {}),
      });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/export/{format}",
      tags: ["Import and export"],
      summary: "Download vcard (address books), json (a full backup), csv (spreadsheets) or markdown (notes)",
      request: {
        params: FormatParam(EXPORT_FORMATS),
        query: z.object({
          ids: z.string().optional().openapi({ description: "Only these contacts, comma-separated" }),
          vcardVersion: z.enum(["4.0", "3.0"]).optional(),
        }),
      },
      responses: { 200: { description: "The file, as an attachment" }, 400: errorResponses[400] },
    }),
    async (c) => {
      const { format } = c.req.valid("param");
      const query = c.req.valid("query");
      // Export's writers load on the first export, not at start.
      const { streamExport } = await import("../services/exports.service.js");
      const file = streamExport(c.var.ctx, format as (typeof EXPORT_FORMATS)[number], {
        ...(query.vcardVersion ? { vcardVersion: query.vcardVersion } : {}),
        ...(query.ids ? { ids: query.ids.split(",") } : {}),
      });
      c.header("Content-Type", file.contentType);
      c.header("Content-Disposition", `attachment; filename="${file.fileName}"`);
      // Written as it is read, a page of rows at a time: a file of any size in bounded memory, while
      // the server goes on answering others.
      return stream(
        c,
        (out) => file.write(takingTurns((chunk) => out.write(chunk).then(() => undefined))),
        async (error) => {
          console.error(`coffeechat: the ${format} export stopped: ${error.message}`);
        },
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conversations/{id}/calendar.ics",
      tags: ["Conversations"],
      summary: "The conversation as an iCalendar event, with its time zone, place or link and a reminder",
      request: { params: IdParam },
      responses: { 200: { description: "text/calendar" }, ...errorResponses },
    }),
    async (c) => {
      const ics = await conversationCalendar(c.var.ctx, c.req.valid("param").id, publicBase(c));
      return c.body(ics, 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="conversation.ics"',
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar-feed",
      tags: ["Calendar feed"],
      summary: "Whether a calendar feed address is live",
      responses: {
        200: jsonContent(
          z.object({
            active: z.boolean(),
            createdAt: z.string().nullable(),
            reachable: z.boolean().openapi({
              description:
                "Whether the feed's address can be reached from the internet (a public address is configured), so that Google Calendar or Outlook on the web can subscribe; false in local mode, where only calendar apps on this machine can",
            }),
          }),
          "The feed's state",
        ),
      },
    }),
    async (c) =>
      c.json({ ...(await feedStatus(c.var.ctx)), reachable: isReachableFromInternet(publicBase(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar-feed/calendar.ics",
      tags: ["Calendar feed"],
      summary: "The feed's calendar as a file to download and import (no secret address needed)",
      responses: { 200: { description: "text/calendar" } },
    }),
    async (c) =>
      c.body(await feedCalendar(c.var.ctx, publicBase(c)), 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="coffeechat.ics"',
      }),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/calendar-feed",
      tags: ["Calendar feed"],
      summary: "Make a new secret feed address (any earlier one stops working); shown only now",
      responses: {
        201: jsonContent(
          z.object({ token: z.string(), url: z.string(), createdAt: z.string() }),
          "The new address",
        ),
      },
    }),
    async (c) => {
      const feed = await createFeed(c.var.ctx);
      return c.json(
        { token: feed.token, url: `${publicBase(c)}${feed.path}`, createdAt: feed.createdAt },
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/calendar-feed",
      tags: ["Calendar feed"],
      summary: "Revoke the feed address",
      responses: { 204: { description: "Revoked" } },
    }),
    async (c) => {
      await revokeFeed(c.var.ctx);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/feeds/{token}/calendar.ics",
      tags: ["Calendar feed"],
      summary:
        "The subscribable calendar: scheduled conversations and due tasks (the token is the credential)",
      request: { params: z.object({ token: z.string().openapi({ param: { name: "token", in: "path" } }) }) },
      responses: {
        200: { description: "text/calendar" },
        404: jsonContent(ErrorSchema, "No live feed at this address"),
      },
    }),
    async (c) => {
      const runtime = c.var.runtime;
      const calendar =
        runtime && (await feedCalendarByToken(runtime, c.req.valid("param").token, publicBase(c)));
      if (!calendar)
        return c.json(
          errorBody("not_found", "This calendar address is not live (it was revoked or never made)."),
          404,
        );
      return c.body(calendar, 200, {
        "Content-Type": "text/calendar; charset=utf-8",
      });
    },
  );

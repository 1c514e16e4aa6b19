import { createRoute, z } from "@hono/zod-openapi";
import { AgendaSchema, DueCountSchema, SendTimeSchema, SnoozeInput } from "../core/agenda.schema.js";
import { SettingsInput, SettingsSchema } from "../core/settings.schema.js";
import { TaskCreateInput, TaskListQuery, TaskSchema, TaskUpdateInput } from "../core/task.schema.js";
import { getAgenda, getDueCount, snoozeItem, unsnoozeItem } from "../services/agenda.service.js";
import { sendTimeFor } from "../services/send-time.service.js";
import { getSettings, updateSettings } from "../services/settings.service.js";
import { createTask, listTasks, updateTask } from "../services/tasks.service.js";
import { newRouter } from "./env.js";
import { errorResponses, IdParam, jsonBody, jsonContent } from "./schemas.js";

export const agendaRoutes = newRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/agenda",
      tags: ["Today"],
      summary:
        "Today's work: overdue first, then today, then what is coming up; the weekly habit; whom to ask next",
      responses: { 200: jsonContent(AgendaSchema, "The agenda") },
    }),
    async (c) => c.json(await getAgenda(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/agenda/due",
      tags: ["Today"],
      summary:
        "How many things are due today and how many are overdue, for a badge (cheaper than the agenda)",
      responses: { 200: jsonContent(DueCountSchema, "The counts") },
    }),
    async (c) => c.json(await getDueCount(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/agenda/snooze",
      tags: ["Today"],
      summary: "Hide an agenda item until a moment (default: tomorrow 08:00)",
      request: jsonBody(SnoozeInput),
      responses: { 200: jsonContent(SnoozeInput, "Snoozed"), 400: errorResponses[400] },
    }),
    async (c) => {
      const result = await snoozeItem(c.var.ctx, c.req.valid("json"));
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/agenda/snooze",
      tags: ["Today"],
      summary: "Bring a snoozed item back now (undo a snooze)",
      request: {
        query: z.object({ key: z.string({ error: "key is required." }).min(1, "key is required.").max(200) }),
      },
      responses: { 204: { description: "The item is back" }, 400: errorResponses[400] },
    }),
    async (c) => {
      await unsnoozeItem(c.var.ctx, c.req.valid("query").key);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts/{id}/send-time",
      tags: ["Contacts"],
      summary: "The next good moment to send this person a request, and why",
      request: { params: IdParam },
      responses: { 200: jsonContent(SendTimeSchema, "The advice"), 404: errorResponses[404] },
    }),
    async (c) => c.json(await sendTimeFor(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/tasks",
      tags: ["Tasks"],
      summary: "Tasks (open ones by default)",
      request: { query: TaskListQuery },
      responses: {
        200: jsonContent(z.object({ items: z.array(TaskSchema) }), "The tasks"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      return c.json({ items: await listTasks(c.var.ctx, { ...query, done: query.done ?? "false" }) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/tasks",
      tags: ["Tasks"],
      summary: "Add a task, e.g. a promise made in a conversation",
      request: jsonBody(TaskCreateInput),
      responses: { 201: jsonContent(TaskSchema, "The task"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await createTask(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/tasks/{id}",
      tags: ["Tasks"],
      summary: "Change a task or mark it done",
      request: { params: IdParam, ...jsonBody(TaskUpdateInput) },
      responses: { 200: jsonContent(TaskSchema, "The task"), ...errorResponses },
    }),
    async (c) => c.json(await updateTask(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/settings",
      tags: ["Settings"],
      summary: "My name, time zone, holidays, sending windows, weekly habit and follow-up routine",
      responses: { 200: jsonContent(SettingsSchema, "The settings") },
    }),
    async (c) => c.json(await getSettings(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/settings",
      tags: ["Settings"],
      summary: "Change settings",
      request: jsonBody(SettingsInput),
      responses: { 200: jsonContent(SettingsSchema, "The settings"), 400: errorResponses[400] },
    }),
    async (c) => c.json(await updateSettings(c.var.ctx, c.req.valid("json")), 200),
  );

import { z } from "@hono/zod-openapi";
import { NotFoundError, ValidationError } from "../core/errors.js";
import { TASK_KINDS, type Task } from "../core/task.js";
import { contactExists } from "../db/contacts.repository.js";
import { findConversation } from "../db/conversations.repository.js";
import {
  findTask,
  insertTask,
  listTasks as listTaskRows,
  type TaskValues,
  updateTaskRow,
} from "../db/tasks.repository.js";
import { boundedIsoTime } from "./bounded-time.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

const isoTime = boundedIsoTime({ offset: true, error: "dueAt must be an ISO-8601 time." });

export const TaskCreateInput = z
  .object({
    title: z
      .string({ error: (i) => (i.input === undefined ? "title is required." : "title must be text.") })
      .trim()
      .min(1, "title is required.")
      .max(300, "title is longer than 300 characters."),
    notes: z.string().max(10_000).optional(),
    kind: z.enum(TASK_KINDS, { error: `kind is one of ${TASK_KINDS.join(", ")}.` }).optional(),
    dueAt: isoTime.nullable().optional(),
    contactId: z.uuid("contactId must be a contact id.").nullable().optional(),
    conversationId: z.uuid("conversationId must be a conversation id.").nullable().optional(),
  })
  .openapi("TaskCreate");
export type TaskCreateInput = z.infer<typeof TaskCreateInput>;

export const TaskUpdateInput = z
  .object({
    title: z.string().trim().min(1, "title cannot be empty.").max(300).optional(),
    notes: z.string().max(10_000).optional(),
    dueAt: isoTime.nullable().optional(),
    done: z.boolean({ error: "done is true or false." }).optional(),
  })
  .openapi("TaskUpdate");
export type TaskUpdateInput = z.infer<typeof TaskUpdateInput>;

export const TaskListQuery = z.object({
  done: z.enum(["true", "false", "all"]).optional(),
  contactId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export async function getTask(ctx: ServiceContext, id: string): Promise<Task> {
  const task = await findTask(ctx.db.kysely, ctx.user.id, id);
  if (!task) throw new NotFoundError("task", id);
  return task;
}

export async function createTask(ctx: ServiceContext, raw: TaskCreateInput): Promise<Task> {
  const input = parseInput(TaskCreateInput, raw);
  let contactId = input.contactId ?? null;
  if (input.conversationId) {
    const conversation = await findConversation(ctx.db.kysely, ctx.user.id, input.conversationId);
    if (!conversation)
      throw new ValidationError(
        `conversationId: no conversation with id ${input.conversationId}.`,
        "conversationId",
      );
    contactId ??= conversation.contactId;
  }
  if (contactId && !(await contactExists(ctx.db.kysely, ctx.user.id, contactId))) {
    throw new ValidationError(`contactId: no contact with id ${contactId}.`, "contactId");
  }
  const values: TaskValues = {
    kind: input.kind ?? "other",
    title: input.title,
    notes: input.notes ?? "",
    due_at: input.dueAt ? new Date(input.dueAt).toISOString() : null,
    snoozed_until: null,
    done_at: null,
    contact_id: contactId,
    conversation_id: input.conversationId ?? null,
    goal_id: null,
  };
  const id = await insertTask(ctx.db.kysely, ctx.user.id, values, nowIso(ctx));
  return getTask(ctx, id);
}

export async function updateTask(ctx: ServiceContext, id: string, raw: TaskUpdateInput): Promise<Task> {
  const input = parseInput(TaskUpdateInput, raw);
  const current = await getTask(ctx, id);
  const now = nowIso(ctx);
  const patch: Partial<TaskValues> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.notes !== undefined) patch.notes = input.notes;
  if (input.dueAt !== undefined) patch.due_at = input.dueAt ? new Date(input.dueAt).toISOString() : null;
  if (input.done !== undefined && input.done !== current.done) patch.done_at = input.done ? now : null;
  await updateTaskRow(ctx.db.kysely, ctx.user.id, id, patch, now);
  return getTask(ctx, id);
}

export async function listTasks(ctx: ServiceContext, raw: TaskListQuery): Promise<Task[]> {
  const query = parseInput(TaskListQuery, raw);
  const done = query.done === "all" ? undefined : query.done === "true";
  return listTaskRows(ctx.db.kysely, ctx.user.id, { ...query, done, limit: 500 });
}

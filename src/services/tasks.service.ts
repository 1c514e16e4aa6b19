import { NotFoundError, ValidationError } from "../core/errors.js";
import {
  type Task,
  TaskCreateInput,
  TaskListQuery,
  TaskUpdateInput,
  type TaskValues,
} from "../core/task.schema.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

export async function getTask(ctx: ServiceContext, id: string): Promise<Task> {
  const task = await ctx.repos.tasks.find(id);
  if (!task) throw new NotFoundError("task", id);
  return task;
}

export async function createTask(ctx: ServiceContext, raw: TaskCreateInput): Promise<Task> {
  const input = parseInput(TaskCreateInput, raw);
  let contactId = input.contactId ?? null;
  if (input.conversationId) {
    const conversation = await ctx.repos.conversations.find(input.conversationId);
    if (!conversation)
      throw new ValidationError(
        `conversationId: no conversation with id ${input.conversationId}.`,
        "conversationId",
      );
    contactId ??= conversation.contactId;
  }
  if (contactId && !(await ctx.repos.contacts.exists(contactId))) {
    throw new ValidationError(`contactId: no contact with id ${contactId}.`, "contactId");
  }
  const values: TaskValues = {
    kind: input.kind ?? "other",
    title: input.title,
    notes: input.notes ?? "",
    dueAt: input.dueAt ? new Date(input.dueAt).toISOString() : null,
    snoozedUntil: null,
    doneAt: null,
    contactId,
    conversationId: input.conversationId ?? null,
    goalId: null,
  };
  const id = await ctx.repos.tasks.create(values, nowIso(ctx));
  return getTask(ctx, id);
}

export async function updateTask(ctx: ServiceContext, id: string, raw: TaskUpdateInput): Promise<Task> {
  const input = parseInput(TaskUpdateInput, raw);
  const current = await getTask(ctx, id);
  const now = nowIso(ctx);
  const patch: Partial<TaskValues> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.notes !== undefined) patch.notes = input.notes;
  if (input.dueAt !== undefined) patch.dueAt = input.dueAt ? new Date(input.dueAt).toISOString() : null;
  if (input.done !== undefined && input.done !== current.done) patch.doneAt = input.done ? now : null;
  await ctx.repos.tasks.update(id, patch, now);
  return getTask(ctx, id);
}

export async function listTasks(ctx: ServiceContext, raw: TaskListQuery): Promise<Task[]> {
  const query = parseInput(TaskListQuery, raw);
  const done = query.done === "all" ? undefined : query.done === "true";
  return ctx.repos.tasks.list({ ...query, done, limit: 500 });
}

import type { Selectable } from "kysely";
import { fullName } from "../core/contact.js";
import type { TaskKind } from "../core/task.js";
import type { Task, TaskValues } from "../core/task.schema.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";
import type { TasksTable } from "./schema.js";

type TaskRow = Selectable<TasksTable> & { first_name: string | null; last_name: string | null };

/** The row ↔ task mapping, in one place: the task of a row... */
function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    kind: row.kind as TaskKind,
    title: row.title,
    notes: row.notes,
    dueAt: row.due_at,
    done: row.done_at !== null,
    doneAt: row.done_at,
    contactId: row.contact_id,
    contactName: row.first_name === null ? null : fullName(row.first_name, row.last_name ?? ""),
    conversationId: row.conversation_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type { TaskValues };

/** ...and the columns of (some of) a task's values. */
function taskColumns(values: Partial<TaskValues>) {
  const columns: Partial<Omit<TasksTable, "id" | "owner_id" | "created_at" | "updated_at">> = {};
  if (values.kind !== undefined) columns.kind = values.kind;
  if (values.title !== undefined) columns.title = values.title;
  if (values.notes !== undefined) columns.notes = values.notes;
  if (values.dueAt !== undefined) columns.due_at = values.dueAt;
  if (values.snoozedUntil !== undefined) columns.snoozed_until = values.snoozedUntil;
  if (values.doneAt !== undefined) columns.done_at = values.doneAt;
  if (values.contactId !== undefined) columns.contact_id = values.contactId;
  if (values.conversationId !== undefined) columns.conversation_id = values.conversationId;
  if (values.goalId !== undefined) columns.goal_id = values.goalId;
  return columns;
}

export interface TaskFilter {
  done?: boolean | undefined;
  contactId?: string | undefined;
  conversationId?: string | undefined;
  limit: number;
}

export class TasksRepository extends Repository {
  private select() {
    return this.db
      .selectFrom("tasks")
      .leftJoin("contacts as c", "c.id", "tasks.contact_id")
      .selectAll("tasks")
      .select(["c.first_name", "c.last_name"]);
  }

  /** Adds a task; answers its id. */
  async create(values: TaskValues, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto("tasks")
      .values({
        kind: values.kind,
        title: values.title,
        notes: values.notes,
        due_at: values.dueAt,
        snoozed_until: values.snoozedUntil,
        done_at: values.doneAt,
        contact_id: values.contactId,
        conversation_id: values.conversationId,
        goal_id: values.goalId,
        id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Changes some of a task's fields. */
  async update(id: string, patch: Partial<TaskValues>, now: string): Promise<void> {
    await this.db
      .updateTable("tasks")
      .set({ ...taskColumns(patch), updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  async find(id: string): Promise<Task | undefined> {
    const row = await this.select().where("tasks.id", "=", id).executeTakeFirst();
    return row ? toTask(row) : undefined;
  }

  /** Tasks, the soonest due first. */
  async list(filter: TaskFilter): Promise<Task[]> {
    let query = this.select();
    if (filter.done === true) query = query.where("tasks.done_at", "is not", null);
    if (filter.done === false) query = query.where("tasks.done_at", "is", null);
    if (filter.contactId) query = query.where("tasks.contact_id", "=", filter.contactId);
    if (filter.conversationId) query = query.where("tasks.conversation_id", "=", filter.conversationId);
    const rows = await query
      .orderBy("tasks.due_at")
      .orderBy("tasks.created_at")
      .limit(filter.limit)
      .execute();
    return rows.map(toTask);
  }
}

import type { Kysely, Selectable } from "kysely";
import { fullName } from "../core/contact.js";
import type { Task, TaskKind } from "../core/task.js";
import { newId } from "./ids.js";
import type { Database, TasksTable } from "./schema.js";

type TaskRow = Selectable<TasksTable> & { first_name: string | null; last_name: string | null };

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

function selectTasks(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom("tasks")
    .leftJoin("contacts as c", "c.id", "tasks.contact_id")
    .selectAll("tasks")
    .select(["c.first_name", "c.last_name"])
    .where("tasks.owner_id", "=", ownerId);
}

export type TaskValues = Omit<TasksTable, "id" | "owner_id" | "created_at" | "updated_at">;

export async function insertTask(db: Kysely<Database>, ownerId: string, values: TaskValues, now: string) {
  const id = newId();
  await db
    .insertInto("tasks")
    .values({ ...values, id, owner_id: ownerId, created_at: now, updated_at: now })
    .execute();
  return id;
}

export async function updateTaskRow(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  patch: Partial<TaskValues>,
  now: string,
) {
  await db
    .updateTable("tasks")
    .set({ ...patch, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}

export async function findTask(db: Kysely<Database>, ownerId: string, id: string): Promise<Task | undefined> {
  const row = await selectTasks(db, ownerId).where("tasks.id", "=", id).executeTakeFirst();
  return row ? toTask(row) : undefined;
}

export async function listTasks(
  db: Kysely<Database>,
  ownerId: string,
  filter: {
    done?: boolean | undefined;
    contactId?: string | undefined;
    conversationId?: string | undefined;
    limit: number;
  },
): Promise<Task[]> {
  let query = selectTasks(db, ownerId);
  if (filter.done === true) query = query.where("tasks.done_at", "is not", null);
  if (filter.done === false) query = query.where("tasks.done_at", "is", null);
  if (filter.contactId) query = query.where("tasks.contact_id", "=", filter.contactId);
  if (filter.conversationId) query = query.where("tasks.conversation_id", "=", filter.conversationId);
  const rows = await query.orderBy("tasks.due_at").orderBy("tasks.created_at").limit(filter.limit).execute();
  return rows.map(toTask);
}

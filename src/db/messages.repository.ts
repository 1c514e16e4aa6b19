import type { Kysely, Selectable } from "kysely";
import type { Channel, Direction, Message, MessageStatus, Purpose } from "../core/message.js";
import { newId } from "./ids.js";
import type { Database, MessagesTable } from "./schema.js";

export function toMessage(row: Selectable<MessagesTable>): Message {
  return {
    id: row.id,
    contactId: row.contact_id,
    conversationId: row.conversation_id,
    channel: row.channel as Channel,
    purpose: row.purpose as Purpose,
    direction: row.direction as Direction,
    subject: row.subject,
    body: row.body,
    status: row.status as MessageStatus,
    scheduledAt: row.scheduled_at,
    sentAt: row.sent_at,
    repliedAt: row.replied_at,
    to: row.to_address,
    templateId: row.template_id,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.status === "scheduled" ? row.next_attempt_at : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type MessageValues = Omit<MessagesTable, "id" | "owner_id" | "created_at" | "updated_at">;

export async function insertMessage(
  db: Kysely<Database>,
  ownerId: string,
  values: MessageValues,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("messages")
    .values({ ...values, id, owner_id: ownerId, created_at: now, updated_at: now })
    .execute();
  return id;
}

export async function updateMessageRow(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  patch: Partial<MessageValues>,
  now: string,
): Promise<void> {
  await db
    .updateTable("messages")
    .set({ ...patch, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}

export async function findMessage(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
): Promise<Message | undefined> {
  const row = await db
    .selectFrom("messages")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toMessage(row) : undefined;
}

export async function listMessages(
  db: Kysely<Database>,
  ownerId: string,
  filter: {
    contactId?: string | undefined;
    conversationId?: string | undefined;
    status?: readonly MessageStatus[] | undefined;
    limit: number;
  },
): Promise<Message[]> {
  let query = db.selectFrom("messages").selectAll().where("owner_id", "=", ownerId);
  if (filter.status?.length) query = query.where("status", "in", filter.status);
  if (filter.contactId) query = query.where("contact_id", "=", filter.contactId);
  if (filter.conversationId) query = query.where("conversation_id", "=", filter.conversationId);
  const rows = await query.orderBy("created_at", "desc").orderBy("id", "desc").limit(filter.limit).execute();
  return rows.map(toMessage);
}

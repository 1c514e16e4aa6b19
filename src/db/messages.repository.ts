// Messages: logged ones, drafts, and the outbox's (the claims across users are in the system
// repository; this one sees only its owner's messages).
import type { Selectable } from "kysely";
import type { Channel, Direction, Message, MessageStatus, Purpose } from "../core/message.js";
import type { Stage } from "../core/stages.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";
import type { MessagesTable } from "./schema.js";

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

/** What a message is made of, as written (the outbox's bookkeeping included). */
export interface MessageValues {
  contactId: string;
  conversationId: string | null;
  channel: Channel;
  direction: Direction;
  purpose: Purpose;
  subject: string;
  body: string;
  templateId: string | null;
  status: MessageStatus;
  scheduledAt: string | null;
  sentAt: string | null;
  repliedAt: string | null;
  attempts: number;
  lastError: string | null;
  claimedAt: string | null;
  claimedBy: string | null;
  to: string | null;
  nextAttemptAt: string | null;
  /** The Message-ID header, fixed when the message is written so every attempt uses it. */
  mailMessageId: string | null;
}

type MessageColumns = Omit<MessagesTable, "id" | "owner_id" | "created_at">;

/** The columns of (some of) a message's values: the one place the mapping to the row is written. */
function columnsOf(values: Partial<MessageValues>): Partial<MessageColumns> {
  const columns: Partial<MessageColumns> = {};
  if (values.contactId !== undefined) columns.contact_id = values.contactId;
  if (values.conversationId !== undefined) columns.conversation_id = values.conversationId;
  if (values.channel !== undefined) columns.channel = values.channel;
  if (values.direction !== undefined) columns.direction = values.direction;
  if (values.purpose !== undefined) columns.purpose = values.purpose;
  if (values.subject !== undefined) columns.subject = values.subject;
  if (values.body !== undefined) columns.body = values.body;
  if (values.templateId !== undefined) columns.template_id = values.templateId;
  if (values.status !== undefined) columns.status = values.status;
  if (values.scheduledAt !== undefined) columns.scheduled_at = values.scheduledAt;
  if (values.sentAt !== undefined) columns.sent_at = values.sentAt;
  if (values.repliedAt !== undefined) columns.replied_at = values.repliedAt;
  if (values.attempts !== undefined) columns.attempts = values.attempts;
  if (values.lastError !== undefined) columns.last_error = values.lastError;
  if (values.claimedAt !== undefined) columns.claimed_at = values.claimedAt;
  if (values.claimedBy !== undefined) columns.claimed_by = values.claimedBy;
  if (values.to !== undefined) columns.to_address = values.to;
  if (values.nextAttemptAt !== undefined) columns.next_attempt_at = values.nextAttemptAt;
  if (values.mailMessageId !== undefined) columns.mail_message_id = values.mailMessageId;
  return columns;
}

export interface MessageFilter {
  contactId?: string | undefined;
  conversationId?: string | undefined;
  status?: readonly MessageStatus[] | undefined;
  limit: number;
}

export class MessagesRepository extends Repository {
  async find(id: string): Promise<Message | undefined> {
    const row = await this.db.selectFrom("messages").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toMessage(row) : undefined;
  }

  /** Adds a message; answers its id. */
  async create(values: MessageValues, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto("messages")
      .values({ ...(columnsOf(values) as MessageColumns), id, created_at: now, updated_at: now })
      .execute();
    return id;
  }

  async update(id: string, patch: Partial<MessageValues>, now: string): Promise<void> {
    await this.db
      .updateTable("messages")
      .set({ ...columnsOf(patch), updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  /** Deletes a message not sent (scheduled, failed or a draft); false when it was not such a one. */
  async deleteUnsent(id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("messages")
      .where("id", "=", id)
      .where("status", "in", ["scheduled", "failed", "draft"])
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async list(filter: MessageFilter): Promise<Message[]> {
    let query = this.db.selectFrom("messages").selectAll();
    if (filter.status?.length) query = query.where("status", "in", filter.status);
    if (filter.contactId) query = query.where("contact_id", "=", filter.contactId);
    if (filter.conversationId) query = query.where("conversation_id", "=", filter.conversationId);
    const rows = await query
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(filter.limit)
      .execute();
    return rows.map(toMessage);
  }

  /** My latest sent message to a contact (in a conversation, if given) with no reply yet, sent by `at`. */
  async latestUnanswered(
    contactId: string,
    conversationId: string | null,
    at: string,
  ): Promise<{ id: string; conversationId: string | null } | undefined> {
    let query = this.db
      .selectFrom("messages")
      .select(["id", "conversation_id"])
      .where("contact_id", "=", contactId)
      .where("direction", "=", "outbound")
      .where("status", "=", "sent")
      .where("replied_at", "is", null)
      .where("sent_at", "<=", at);
    if (conversationId) query = query.where("conversation_id", "=", conversationId);
    const row = await query.orderBy("sent_at", "desc").limit(1).executeTakeFirst();
    return row ? { id: row.id, conversationId: row.conversation_id } : undefined;
  }

  /**
   * The open conversation a message without one belongs to: the contact's most recently changed
   * conversation in one of these stages, not archived.
   */
  async openConversationId(contactId: string, stages: readonly Stage[]): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("conversations")
      .select("id")
      .where("contact_id", "=", contactId)
      .where("archived_at", "is", null)
      .where("stage", "in", [...stages])
      .orderBy("updated_at", "desc")
      .executeTakeFirst();
    return row?.id;
  }
}

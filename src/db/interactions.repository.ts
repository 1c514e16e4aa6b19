// Touches: every dated contact with a person (a message, a meeting), and what they change on them.
import type { Selectable } from "kysely";
import type { Interaction, InteractionDirection, InteractionKind } from "../core/message.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";
import type { InteractionsTable } from "./schema.js";

function toInteraction(row: Omit<Selectable<InteractionsTable>, "owner_id">): Interaction {
  return {
    id: row.id,
    contactId: row.contact_id,
    conversationId: row.conversation_id,
    messageId: row.message_id,
    kind: row.kind as InteractionKind,
    direction: row.direction as InteractionDirection,
    occurredAt: row.occurred_at,
    summary: row.summary,
    createdAt: row.created_at,
  };
}

export interface NewInteraction {
  contactId: string;
  conversationId: string | null;
  messageId: string | null;
  kind: InteractionKind;
  direction: InteractionDirection;
  occurredAt: string;
  summary: string;
  origin?: string;
}

export class InteractionsRepository extends Repository {
  /**
   * Records a dated touch with a person and keeps the contact's last touch in step. A touch newer
   * than any before satisfies a "get back in touch by" reminder, so that reminder is cleared.
   */
  async recordTouch(touch: NewInteraction, now: string): Promise<Interaction> {
    const row = {
      id: newId(),
      contact_id: touch.contactId,
      conversation_id: touch.conversationId,
      message_id: touch.messageId,
      kind: touch.kind,
      direction: touch.direction,
      occurred_at: touch.occurredAt,
      summary: touch.summary,
      origin: touch.origin ?? "app",
      created_at: now,
    };
    await this.db.insertInto("interactions").values(row).execute();
    const contact = await this.db
      .selectFrom("contacts")
      .select(["last_touch_at"])
      .where("id", "=", touch.contactId)
      .executeTakeFirst();
    const previous = contact?.last_touch_at ? new Date(contact.last_touch_at).getTime() : 0;
    if (new Date(touch.occurredAt).getTime() > previous) {
      await this.db
        .updateTable("contacts")
        .set({ last_touch_at: touch.occurredAt, next_touch_at: null })
        .where("id", "=", touch.contactId)
        .execute();
    }
    return toInteraction(row);
  }

  /** A person I have met is no longer new: a new contact becomes an acquaintance (others stay). */
  async markMet(contactId: string): Promise<void> {
    await this.db
      .updateTable("contacts")
      .set({ relationship_strength: "acquaintance" })
      .where("id", "=", contactId)
      .where("relationship_strength", "=", "new")
      .execute();
  }

  /** Touches, the latest first. */
  async list(filter: {
    contactId?: string | undefined;
    conversationId?: string | undefined;
    limit: number;
  }): Promise<Interaction[]> {
    let query = this.db.selectFrom("interactions").selectAll();
    if (filter.contactId) query = query.where("contact_id", "=", filter.contactId);
    if (filter.conversationId) query = query.where("conversation_id", "=", filter.conversationId);
    const rows = await query
      .orderBy("occurred_at", "desc")
      .orderBy("id", "desc")
      .limit(filter.limit)
      .execute();
    return rows.map(toInteraction);
  }
}

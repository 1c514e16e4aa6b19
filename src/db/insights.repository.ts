// Insights: what I learned, tied to a conversation, a goal and a person.
import { fullName } from "../core/contact.js";
import type { Insight } from "../core/insight.schema.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";

export type { Insight };

export interface InsightFilter {
  goalIds?: readonly string[] | undefined;
  conversationId?: string | undefined;
  contactId?: string | undefined;
}

export class InsightsRepository extends Repository {
  private select() {
    return this.db
      .selectFrom("insights as i")
      .leftJoin("goals as g", "g.id", "i.goal_id")
      .leftJoin("contacts as c", "c.id", "i.contact_id")
      .select([
        "i.id",
        "i.text",
        "i.conversation_id",
        "i.goal_id",
        "g.title as goal_title",
        "i.contact_id",
        "c.first_name",
        "c.last_name",
        "i.created_at",
      ]);
  }

  /** Insights, newest first (at most 1000). */
  async list(filter: InsightFilter): Promise<Insight[]> {
    let query = this.select();
    if (filter.goalIds) {
      if (filter.goalIds.length === 0) return [];
      query = query.where("i.goal_id", "in", [...filter.goalIds]);
    }
    if (filter.conversationId) query = query.where("i.conversation_id", "=", filter.conversationId);
    if (filter.contactId) query = query.where("i.contact_id", "=", filter.contactId);
    const rows = await query.orderBy("i.created_at", "desc").orderBy("i.id", "desc").limit(1000).execute();
    return rows.map(toInsight);
  }

  async find(id: string): Promise<Insight | undefined> {
    const row = await this.select().where("i.id", "=", id).executeTakeFirst();
    return row ? toInsight(row) : undefined;
  }

  /** Adds an insight; answers its id. */
  async create(
    values: { conversationId: string | null; goalId: string | null; contactId: string | null; text: string },
    now: string,
  ): Promise<string> {
    const id = newId();
    await this.db
      .insertInto("insights")
      .values({
        id,
        conversation_id: values.conversationId,
        goal_id: values.goalId,
        contact_id: values.contactId,
        text: values.text,
        created_at: now,
      })
      .execute();
    return id;
  }

  /** Deletes an insight; false when there was none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("insights").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

type InsightRow = Awaited<ReturnType<ReturnType<InsightsRepository["select"]>["execute"]>>[number];

function toInsight(r: InsightRow): Insight {
  return {
    id: r.id,
    text: r.text,
    conversationId: r.conversation_id,
    goalId: r.goal_id,
    goalTitle: r.goal_title,
    contactId: r.contact_id,
    contactName: r.first_name === null ? null : fullName(r.first_name, r.last_name ?? ""),
    createdAt: r.created_at,
  };
}

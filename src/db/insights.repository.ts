// Insights: what I learned, tied to a conversation, a goal and a person.
import type { Kysely } from "kysely";
import { fullName } from "../core/contact.js";
import { newId } from "./ids.js";
import type { Database } from "./schema.js";

export interface Insight {
  id: string;
  text: string;
  conversationId: string | null;
  goalId: string | null;
  goalTitle: string | null;
  contactId: string | null;
  contactName: string | null;
  createdAt: string;
}

function selectInsights(db: Kysely<Database>, ownerId: string) {
  return db
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
    ])
    .where("i.owner_id", "=", ownerId);
}

type InsightRow = Awaited<ReturnType<ReturnType<typeof selectInsights>["execute"]>>[number];

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

export async function listInsightRows(
  db: Kysely<Database>,
  ownerId: string,
  filter: {
    goalIds?: readonly string[] | undefined;
    conversationId?: string | undefined;
    contactId?: string | undefined;
  },
): Promise<Insight[]> {
  let query = selectInsights(db, ownerId);
  if (filter.goalIds) {
    if (filter.goalIds.length === 0) return [];
    query = query.where("i.goal_id", "in", [...filter.goalIds]);
  }
  if (filter.conversationId) query = query.where("i.conversation_id", "=", filter.conversationId);
  if (filter.contactId) query = query.where("i.contact_id", "=", filter.contactId);
  const rows = await query.orderBy("i.created_at", "desc").orderBy("i.id", "desc").limit(1000).execute();
  return rows.map(toInsight);
}

export async function findInsight(db: Kysely<Database>, ownerId: string, id: string) {
  const row = await selectInsights(db, ownerId).where("i.id", "=", id).executeTakeFirst();
  return row ? toInsight(row) : undefined;
}

export async function insertInsight(
  db: Kysely<Database>,
  ownerId: string,
  values: { conversationId: string | null; goalId: string | null; contactId: string | null; text: string },
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("insights")
    .values({
      id,
      owner_id: ownerId,
      conversation_id: values.conversationId,
      goal_id: values.goalId,
      contact_id: values.contactId,
      text: values.text,
      created_at: now,
    })
    .execute();
  return id;
}

export async function deleteInsightRow(db: Kysely<Database>, ownerId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom("insights")
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

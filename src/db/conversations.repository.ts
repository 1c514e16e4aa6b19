import type { Kysely, Selectable } from "kysely";
import { fullName } from "../core/contact.js";
import type { Conversation, ConversationFormat, ConversationKind, StageEvent } from "../core/conversation.js";
import type { Page } from "../core/page.js";
import { allowedMoves, type Stage } from "../core/stages.js";
import { newId } from "./ids.js";
import { decodeCursor, encodeCursor } from "./paging.js";
import type { ConversationsTable, Database } from "./schema.js";

type ConversationRow = Selectable<ConversationsTable> & {
  first_name: string;
  last_name: string;
  organization_name: string | null;
};

function toConversation(row: ConversationRow, goalIds: string[]): Conversation {
  const stage = row.stage as Stage;
  return {
    id: row.id,
    contactId: row.contact_id,
    contactName: fullName(row.first_name, row.last_name),
    organization: row.organization_name,
    kind: row.kind as ConversationKind,
    stage,
    stageChangedAt: row.stage_changed_at,
    allowedMoves: [...allowedMoves(stage)],
    format: row.format as ConversationFormat | null,
    scheduledAt: row.scheduled_at,
    durationMinutes: row.duration_minutes,
    place: row.place,
    goalIds,
    prep: row.prep,
    notes: row.notes,
    insights: row.insights,
    thankYouSentAt: row.thank_you_sent_at,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectConversations(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom("conversations")
    .innerJoin("contacts as c", "c.id", "conversations.contact_id")
    .leftJoin("organizations as o", "o.id", "c.organization_id")
    .selectAll("conversations")
    .select(["c.first_name", "c.last_name", "o.name as organization_name"])
    .where("conversations.owner_id", "=", ownerId);
}

async function goalIdsOf(db: Kysely<Database>, ownerId: string, ids: readonly string[]) {
  const result = new Map<string, string[]>();
  if (ids.length === 0) return result;
  const rows = await db
    .selectFrom("conversation_goals")
    .select(["conversation_id", "goal_id"])
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "in", ids)
    .execute();
  for (const row of rows)
    result.set(row.conversation_id, [...(result.get(row.conversation_id) ?? []), row.goal_id]);
  return result;
}

export async function findConversation(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
): Promise<Conversation | undefined> {
  const row = await selectConversations(db, ownerId).where("conversations.id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  return toConversation(row, (await goalIdsOf(db, ownerId, [id])).get(id) ?? []);
}

export type ConversationValues = Omit<ConversationsTable, "id" | "owner_id" | "created_at" | "updated_at">;

export async function insertConversation(
  db: Kysely<Database>,
  ownerId: string,
  values: ConversationValues,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("conversations")
    .values({ ...values, id, owner_id: ownerId, created_at: now, updated_at: now })
    .execute();
  return id;
}

export async function updateConversationRow(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  patch: Partial<ConversationValues>,
  now: string,
): Promise<void> {
  await db
    .updateTable("conversations")
    .set({ ...patch, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}

export async function setConversationGoals(
  db: Kysely<Database>,
  ownerId: string,
  conversationId: string,
  goalIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom("conversation_goals")
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "=", conversationId)
    .where("goal_id", "not in", goalIds.length > 0 ? [...goalIds] : [""])
    .execute();
  if (goalIds.length === 0) return;
  await db
    .insertInto("conversation_goals")
    .values(
      goalIds.map((goalId) => ({
        owner_id: ownerId,
        conversation_id: conversationId,
        goal_id: goalId,
        fit_rating: null,
        note: "",
      })),
    )
    .onConflict((oc) => oc.columns(["conversation_id", "goal_id"]).doNothing())
    .execute();
}

export async function countOwnedGoals(
  db: Kysely<Database>,
  ownerId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom("goals")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("owner_id", "=", ownerId)
    .where("id", "in", ids)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertStageEvent(
  db: Kysely<Database>,
  ownerId: string,
  event: { conversationId: string; from: Stage | null; to: Stage; at: string; note: string },
): Promise<void> {
  const last = await db
    .selectFrom("stage_events")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "=", event.conversationId)
    .executeTakeFirst();
  await db
    .insertInto("stage_events")
    .values({
      id: newId(),
      seq: Number(last?.seq ?? 0) + 1,
      owner_id: ownerId,
      conversation_id: event.conversationId,
      from_stage: event.from,
      to_stage: event.to,
      at: event.at,
      note: event.note,
    })
    .execute();
}

export async function stageHistory(
  db: Kysely<Database>,
  ownerId: string,
  conversationId: string,
): Promise<StageEvent[]> {
  const rows = await db
    .selectFrom("stage_events")
    .select(["from_stage", "to_stage", "at", "note"])
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "=", conversationId)
    .orderBy("seq")
    .execute();
  return rows.map((r) => ({
    from: r.from_stage as Stage | null,
    to: r.to_stage as Stage,
    at: r.at,
    note: r.note,
  }));
}

export interface ConversationFilter {
  stages?: readonly Stage[] | undefined;
  contactId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Conversations, the most recently changed first. */
export async function listConversations(
  db: Kysely<Database>,
  ownerId: string,
  filter: ConversationFilter,
): Promise<Page<Conversation>> {
  let query = selectConversations(db, ownerId).where("conversations.archived_at", "is", null);
  if (filter.stages && filter.stages.length > 0)
    query = query.where("conversations.stage", "in", [...filter.stages]);
  if (filter.contactId) query = query.where("conversations.contact_id", "=", filter.contactId);
  const countRow = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  if (filter.cursor) {
    const { value, id } = decodeCursor(filter.cursor);
    query = query.where((eb) =>
      eb.or([
        eb("conversations.updated_at", "<", value),
        eb.and([eb("conversations.updated_at", "=", value), eb("conversations.id", "<", id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("conversations.updated_at", "desc")
    .orderBy("conversations.id", "desc")
    .limit(filter.limit + 1)
    .execute();
  const pageRows = rows.slice(0, filter.limit);
  const goals = await goalIdsOf(
    db,
    ownerId,
    pageRows.map((r) => r.id),
  );
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((row) => toConversation(row, goals.get(row.id) ?? [])),
    nextCursor:
      rows.length > filter.limit && last ? encodeCursor({ value: last.updated_at, id: last.id }) : null,
    total: Number(countRow?.n ?? 0),
  };
}

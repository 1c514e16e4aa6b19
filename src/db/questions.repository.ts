// A user's question bank: the built-in questions (added lazily, once each) and their own.
import type { Kysely, Selectable } from "kysely";
import { CONVERSATION_KINDS, type ConversationKind } from "../core/conversation.js";
import type { QuestionArea, TiaraStep } from "../core/question-areas.js";
import { BUILTIN_QUESTIONS } from "../core/question-bank.js";
import type { Question } from "../core/question-selection.js";
import { newId } from "./ids.js";
import type { Database, QuestionsTable } from "./schema.js";

function parseKinds(json: string): ConversationKind[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value)
    ? value.filter((k): k is ConversationKind => (CONVERSATION_KINDS as readonly unknown[]).includes(k))
    : [];
}

export function toQuestion(row: Selectable<QuestionsTable>): Question {
  return {
    id: row.id,
    area: row.area as QuestionArea,
    text: row.text,
    kinds: parseKinds(row.kinds),
    tiara: row.tiara as TiaraStep | null,
    position: row.position,
    hidden: row.hidden_at !== null,
    builtinKey: row.builtin_key,
  };
}

/**
 * Adds the built-in questions the user does not have yet: all of them the first time, and those
 * a newer version ships later. Safe when two processes do it at once (unique owner + key).
 */
export async function seedBuiltinQuestions(
  db: Kysely<Database>,
  ownerId: string,
  now: string,
): Promise<void> {
  const rows = await db
    .selectFrom("questions")
    .select("builtin_key")
    .where("owner_id", "=", ownerId)
    .where("builtin_key", "is not", null)
    .execute();
  const have = new Set(rows.map((r) => r.builtin_key));
  const missing = BUILTIN_QUESTIONS.filter((q) => !have.has(q.builtinKey));
  if (missing.length === 0) return;
  await db
    .insertInto("questions")
    .values(
      missing.map((q) => ({
        id: newId(),
        owner_id: ownerId,
        builtin_key: q.builtinKey,
        area: q.area,
        text: q.text,
        kinds: JSON.stringify(q.kinds),
        tiara: q.tiara,
        position: q.weight,
        hidden_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(["owner_id", "builtin_key"]).doNothing())
    .execute();
}

export async function listQuestionRows(
  db: Kysely<Database>,
  ownerId: string,
  filter: { includeHidden?: boolean; area?: QuestionArea | undefined } = {},
): Promise<Question[]> {
  let query = db.selectFrom("questions").selectAll().where("owner_id", "=", ownerId);
  if (!filter.includeHidden) query = query.where("hidden_at", "is", null);
  if (filter.area) query = query.where("area", "=", filter.area);
  const rows = await query.orderBy("position").orderBy("id").execute();
  return rows.map(toQuestion);
}

export async function findQuestion(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
): Promise<Question | undefined> {
  const row = await db
    .selectFrom("questions")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toQuestion(row) : undefined;
}

/** The questions of these ids that the user owns. */
export async function findQuestions(
  db: Kysely<Database>,
  ownerId: string,
  ids: readonly string[],
): Promise<Question[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("questions")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "in", [...ids])
    .execute();
  return rows.map(toQuestion);
}

/** Where a new question of this area goes: after the last one of its area. */
export async function nextPositionInArea(
  db: Kysely<Database>,
  ownerId: string,
  area: QuestionArea,
  areaOrder: number,
): Promise<number> {
  const row = await db
    .selectFrom("questions")
    .select((eb) => eb.fn.max("position").as("last"))
    .where("owner_id", "=", ownerId)
    .where("area", "=", area)
    .executeTakeFirst();
  const last = row?.last;
  return last === null || last === undefined ? (areaOrder + 1) * 100 : Number(last) + 1;
}

export type QuestionValues = Omit<QuestionsTable, "id" | "owner_id" | "created_at" | "updated_at">;

export async function insertQuestion(
  db: Kysely<Database>,
  ownerId: string,
  values: QuestionValues,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("questions")
    .values({ ...values, id, owner_id: ownerId, created_at: now, updated_at: now })
    .execute();
  return id;
}

export async function updateQuestionRow(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  patch: Partial<QuestionValues>,
  now: string,
): Promise<void> {
  await db
    .updateTable("questions")
    .set({ ...patch, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
}

export async function deleteQuestionRow(db: Kysely<Database>, ownerId: string, id: string): Promise<void> {
  await db.deleteFrom("questions").where("owner_id", "=", ownerId).where("id", "=", id).execute();
}

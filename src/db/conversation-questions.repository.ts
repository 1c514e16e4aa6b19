// The questions chosen for one conversation, in asking order, with what was asked and noted.
import type { Kysely } from "kysely";
import type { QuestionArea } from "../core/question-areas.js";
import { newId } from "./ids.js";
import type { Database } from "./schema.js";

export interface SavedQuestion {
  id: string;
  questionId: string | null;
  area: QuestionArea;
  text: string;
  position: number;
  askedAt: string | null;
  note: string;
}

export async function savedQuestions(
  db: Kysely<Database>,
  ownerId: string,
  conversationId: string,
): Promise<SavedQuestion[]> {
  const rows = await db
    .selectFrom("conversation_questions")
    .select(["id", "question_id", "area", "text", "position", "asked_at", "note"])
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "=", conversationId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    questionId: r.question_id,
    area: r.area as QuestionArea,
    text: r.text,
    position: r.position,
    askedAt: r.asked_at,
    note: r.note,
  }));
}

/** Replaces the conversation's list with these items, in this order. Run it in a transaction. */
export async function replaceSavedQuestions(
  db: Kysely<Database>,
  ownerId: string,
  conversationId: string,
  items: readonly Omit<SavedQuestion, "id" | "position">[],
  now: string,
): Promise<void> {
  await db
    .deleteFrom("conversation_questions")
    .where("owner_id", "=", ownerId)
    .where("conversation_id", "=", conversationId)
    .execute();
  if (items.length === 0) return;
  await db
    .insertInto("conversation_questions")
    .values(
      items.map((item, position) => ({
        id: newId(),
        owner_id: ownerId,
        conversation_id: conversationId,
        question_id: item.questionId,
        area: item.area,
        text: item.text,
        position,
        asked_at: item.askedAt,
        note: item.note,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

// The questions chosen for one conversation, in asking order, with what was asked and noted.
import type { QuestionArea } from "../core/question-areas.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";

export interface SavedQuestion {
  id: string;
  questionId: string | null;
  area: QuestionArea;
  text: string;
  position: number;
  askedAt: string | null;
  note: string;
}

export class ConversationQuestionsRepository extends Repository {
  /** The conversation's saved list, in asking order. */
  async list(conversationId: string): Promise<SavedQuestion[]> {
    const rows = await this.db
      .selectFrom("conversation_questions")
      .select(["id", "question_id", "area", "text", "position", "asked_at", "note"])
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
  async replace(
    conversationId: string,
    items: readonly Omit<SavedQuestion, "id" | "position">[],
    now: string,
  ): Promise<void> {
    await this.db
      .deleteFrom("conversation_questions")
      .where("conversation_id", "=", conversationId)
      .execute();
    if (items.length === 0) return;
    await this.db
      .insertInto("conversation_questions")
      .values(
        items.map((item, position) => ({
          id: newId(),
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
}

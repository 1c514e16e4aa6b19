// A user's question bank: the built-in questions (added lazily, once each) and their own.
import type { Selectable } from "kysely";
import { CONVERSATION_KINDS, type ConversationKind } from "../core/conversation.js";
import type { QuestionArea, TiaraStep } from "../core/question-areas.js";
import { BUILTIN_QUESTIONS } from "../core/question-bank.js";
import type { Question } from "../core/question-selection.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";
import type { QuestionsTable } from "./schema.js";

function parseKinds(json: string): ConversationKind[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value)
    ? value.filter((k): k is ConversationKind => (CONVERSATION_KINDS as readonly unknown[]).includes(k))
    : [];
}

/** The row ↔ question mapping, in one place: the question of a row... */
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

/** What a question stores, as the repository takes it. */
export interface QuestionValues {
  builtinKey: string | null;
  area: QuestionArea;
  text: string;
  kinds: readonly ConversationKind[];
  tiara: TiaraStep | null;
  position: number;
  /** Hidden when set. */
  hiddenAt: string | null;
}

/** ...and the columns of (some of) a question's values. */
function questionColumns(values: Partial<QuestionValues>) {
  const columns: Partial<Omit<QuestionsTable, "id" | "owner_id" | "created_at" | "updated_at">> = {};
  if (values.builtinKey !== undefined) columns.builtin_key = values.builtinKey;
  if (values.area !== undefined) columns.area = values.area;
  if (values.text !== undefined) columns.text = values.text;
  if (values.kinds !== undefined) columns.kinds = JSON.stringify(values.kinds);
  if (values.tiara !== undefined) columns.tiara = values.tiara;
  if (values.position !== undefined) columns.position = values.position;
  if (values.hiddenAt !== undefined) columns.hidden_at = values.hiddenAt;
  return columns;
}

export class QuestionsRepository extends Repository {
  /**
   * Adds the built-in questions the user does not have yet: all of them the first time, and those
   * a newer version ships later. Safe when two processes do it at once (unique owner + key).
   */
  async seedBuiltins(now: string): Promise<void> {
    const rows = await this.db
      .selectFrom("questions")
      .select("builtin_key")
      .where("builtin_key", "is not", null)
      .execute();
    const have = new Set(rows.map((r) => r.builtin_key));
    const missing = BUILTIN_QUESTIONS.filter((q) => !have.has(q.builtinKey));
    if (missing.length === 0) return;
    await this.db
      .insertInto("questions")
      .values(
        missing.map((q) => ({
          id: newId(),
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

  /** The bank in its order; without the hidden questions unless asked. */
  async list(filter: { includeHidden?: boolean; area?: QuestionArea | undefined } = {}): Promise<Question[]> {
    let query = this.db.selectFrom("questions").selectAll();
    if (!filter.includeHidden) query = query.where("hidden_at", "is", null);
    if (filter.area) query = query.where("area", "=", filter.area);
    const rows = await query.orderBy("position").orderBy("id").execute();
    return rows.map(toQuestion);
  }

  async find(id: string): Promise<Question | undefined> {
    const row = await this.db.selectFrom("questions").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toQuestion(row) : undefined;
  }

  /** The questions of these ids (those that exist). */
  async findMany(ids: readonly string[]): Promise<Question[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("questions")
      .selectAll()
      .where("id", "in", [...ids])
      .execute();
    return rows.map(toQuestion);
  }

  /** Where a new question of this area goes: after the last one of its area. */
  async nextPositionInArea(area: QuestionArea, areaOrder: number): Promise<number> {
    const row = await this.db
      .selectFrom("questions")
      .select((eb) => eb.fn.max("position").as("last"))
      .where("area", "=", area)
      .executeTakeFirst();
    const last = row?.last;
    return last === null || last === undefined ? (areaOrder + 1) * 100 : Number(last) + 1;
  }

  /** Adds a question; answers its id. */
  async create(values: QuestionValues, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto("questions")
      .values({
        builtin_key: values.builtinKey,
        area: values.area,
        text: values.text,
        kinds: JSON.stringify(values.kinds),
        tiara: values.tiara,
        position: values.position,
        hidden_at: values.hiddenAt,
        id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Changes some of a question's fields. */
  async update(id: string, patch: Partial<QuestionValues>, now: string): Promise<void> {
    await this.db
      .updateTable("questions")
      .set({ ...questionColumns(patch), updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom("questions").where("id", "=", id).execute();
  }
}

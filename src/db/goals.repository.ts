// Goals and what hangs off them: the conversations that served them, with fit ratings.
import type { Selectable } from "kysely";
import { fullName } from "../core/contact.js";
import { type GoalDecision, type GoalKind, readAssessment } from "../core/goal.js";
import type { Goal, GoalValues } from "../core/goal.schema.js";
import type { Stage } from "../core/stages.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";
import type { GoalsTable } from "./schema.js";

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** The row ↔ goal mapping, in one place: the goal of a row... */
function toGoal(row: Selectable<GoalsTable>): Goal {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    learnPhrase: row.learn_phrase,
    kind: row.kind as GoalKind,
    decision: (row.decision ?? "undecided") as GoalDecision,
    decisionReason: row.decision_reason,
    decidedAt: row.decided_at,
    assessment: readAssessment(parseJson(row.assessment)),
    archived: row.archived_at !== null,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type { GoalValues };

/** ...and the columns of (some of) a goal's values. */
function goalColumns(values: Partial<GoalValues>) {
  const columns: Partial<Omit<GoalsTable, "id" | "owner_id" | "created_at" | "updated_at">> = {};
  if (values.title !== undefined) columns.title = values.title;
  if (values.description !== undefined) columns.description = values.description;
  if (values.learnPhrase !== undefined) columns.learn_phrase = values.learnPhrase;
  if (values.kind !== undefined) columns.kind = values.kind;
  if (values.decision !== undefined) columns.decision = values.decision;
  if (values.decisionReason !== undefined) columns.decision_reason = values.decisionReason;
  if (values.decidedAt !== undefined) columns.decided_at = values.decidedAt;
  if (values.assessment !== undefined) columns.assessment = JSON.stringify(values.assessment);
  if (values.archivedAt !== undefined) {
    columns.archived_at = values.archivedAt;
    columns.status = values.archivedAt === null ? "active" : "archived";
  }
  return columns;
}

export interface GoalConversation {
  id: string;
  goalId: string;
  contactId: string;
  contactName: string;
  stage: Stage;
  scheduledAt: string | null;
  fitRating: number | null;
  fitNote: string;
}

export class GoalsRepository extends Repository {
  async find(id: string): Promise<Goal | undefined> {
    const row = await this.db.selectFrom("goals").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toGoal(row) : undefined;
  }

  /** The goals of these ids (those that exist), in no particular order. */
  async findMany(ids: readonly string[]): Promise<Goal[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("goals")
      .selectAll()
      .where("id", "in", [...ids])
      .execute();
    return rows.map(toGoal);
  }

  /** How many of these goal ids exist. */
  async count(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const row = await this.db
      .selectFrom("goals")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("id", "in", [...ids])
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Goals, the newest first. */
  async list(filter: { archived: "true" | "false" | "all"; kind?: GoalKind | undefined }): Promise<Goal[]> {
    let query = this.db.selectFrom("goals").selectAll();
    if (filter.archived === "false") query = query.where("archived_at", "is", null);
    if (filter.archived === "true") query = query.where("archived_at", "is not", null);
    if (filter.kind) query = query.where("kind", "=", filter.kind);
    const rows = await query.orderBy("created_at", "desc").orderBy("id", "desc").execute();
    return rows.map(toGoal);
  }

  /** Adds a goal; answers its id. */
  async create(values: GoalValues, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto("goals")
      .values({
        title: values.title,
        description: values.description,
        learn_phrase: values.learnPhrase,
        kind: values.kind,
        status: values.archivedAt === null ? "active" : "archived",
        decision: values.decision,
        decision_reason: values.decisionReason,
        decided_at: values.decidedAt,
        assessment: JSON.stringify(values.assessment),
        archived_at: values.archivedAt,
        id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Changes some of a goal's fields. */
  async update(id: string, patch: Partial<GoalValues>, now: string): Promise<void> {
    await this.db
      .updateTable("goals")
      .set({ ...goalColumns(patch), updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  /** The conversations that served these goals, the latest planned first. */
  async conversations(goalIds: readonly string[]): Promise<GoalConversation[]> {
    if (goalIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("conversation_goals as g")
      .innerJoin("conversations as v", "v.id", "g.conversation_id")
      .innerJoin("contacts as c", "c.id", "v.contact_id")
      .select([
        "v.id",
        "g.goal_id",
        "v.contact_id",
        "c.first_name",
        "c.last_name",
        "v.stage",
        "v.scheduled_at",
        "v.created_at",
        "g.fit_rating",
        "g.note",
      ])
      .where("g.goal_id", "in", [...goalIds])
      .where("v.archived_at", "is", null)
      .orderBy("v.created_at", "desc")
      .orderBy("v.id", "desc")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      goalId: r.goal_id,
      contactId: r.contact_id,
      contactName: fullName(r.first_name, r.last_name),
      stage: r.stage as Stage,
      scheduledAt: r.scheduled_at,
      fitRating: r.fit_rating,
      fitNote: r.note,
    }));
  }

  /** The goals of one conversation, with title and description, for its prep sheet. */
  async ofConversation(
    conversationId: string,
  ): Promise<{ id: string; title: string; description: string }[]> {
    return this.db
      .selectFrom("conversation_goals as g")
      .innerJoin("goals", "goals.id", "g.goal_id")
      .select(["goals.id", "goals.title", "goals.description"])
      .where("g.conversation_id", "=", conversationId)
      .orderBy("goals.created_at")
      .execute();
  }

  /** Sets the fit rating of a goal for a conversation, linking the two if they were not yet. */
  async setFit(link: {
    conversationId: string;
    goalId: string;
    fitRating: number | null;
    note: string;
  }): Promise<void> {
    await this.db
      .insertInto("conversation_goals")
      .values({
        conversation_id: link.conversationId,
        goal_id: link.goalId,
        fit_rating: link.fitRating,
        note: link.note,
      })
      .onConflict((oc) =>
        oc
          .columns(["conversation_id", "goal_id"])
          .doUpdateSet({ fit_rating: link.fitRating, note: link.note }),
      )
      .execute();
  }
}

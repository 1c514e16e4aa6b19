// Goals and what hangs off them: the conversations that served them, with fit ratings.
import type { Kysely, Selectable } from "kysely";
import { fullName } from "../core/contact.js";
import { type Goal, type GoalDecision, type GoalKind, readAssessment } from "../core/goal.js";
import type { Stage } from "../core/stages.js";
import { newId } from "./ids.js";
import type { Database, GoalsTable } from "./schema.js";

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

function toGoal(row: Selectable<GoalsTable>): Goal {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
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

export async function findGoal(db: Kysely<Database>, ownerId: string, id: string): Promise<Goal | undefined> {
  const row = await db
    .selectFrom("goals")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toGoal(row) : undefined;
}

export async function findGoals(
  db: Kysely<Database>,
  ownerId: string,
  ids: readonly string[],
): Promise<Goal[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("goals")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "in", [...ids])
    .execute();
  return rows.map(toGoal);
}

export async function listGoalRows(
  db: Kysely<Database>,
  ownerId: string,
  filter: { archived: "true" | "false" | "all"; kind?: GoalKind | undefined },
): Promise<Goal[]> {
  let query = db.selectFrom("goals").selectAll().where("owner_id", "=", ownerId);
  if (filter.archived === "false") query = query.where("archived_at", "is", null);
  if (filter.archived === "true") query = query.where("archived_at", "is not", null);
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  const rows = await query.orderBy("created_at", "desc").orderBy("id", "desc").execute();
  return rows.map(toGoal);
}

export type GoalValues = Omit<GoalsTable, "id" | "owner_id" | "created_at" | "updated_at">;

export async function insertGoal(db: Kysely<Database>, ownerId: string, values: GoalValues, now: string) {
  const id = newId();
  await db
    .insertInto("goals")
    .values({ ...values, id, owner_id: ownerId, created_at: now, updated_at: now })
    .execute();
  return id;
}

export async function updateGoalRow(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  patch: Partial<GoalValues>,
  now: string,
): Promise<void> {
  await db
    .updateTable("goals")
    .set({ ...patch, updated_at: now })
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .execute();
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

/** The conversations that served these goals, the latest planned first. */
export async function goalConversations(
  db: Kysely<Database>,
  ownerId: string,
  goalIds: readonly string[],
): Promise<GoalConversation[]> {
  if (goalIds.length === 0) return [];
  const rows = await db
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
    .where("g.owner_id", "=", ownerId)
    .where("v.owner_id", "=", ownerId)
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
export async function goalsOfConversation(
  db: Kysely<Database>,
  ownerId: string,
  conversationId: string,
): Promise<{ id: string; title: string; description: string }[]> {
  return db
    .selectFrom("conversation_goals as g")
    .innerJoin("goals", "goals.id", "g.goal_id")
    .select(["goals.id", "goals.title", "goals.description"])
    .where("g.owner_id", "=", ownerId)
    .where("g.conversation_id", "=", conversationId)
    .orderBy("goals.created_at")
    .execute();
}

/** Sets the fit rating of a goal for a conversation, linking the two if they were not yet. */
export async function setGoalFit(
  db: Kysely<Database>,
  ownerId: string,
  link: { conversationId: string; goalId: string; fitRating: number | null; note: string },
): Promise<void> {
  await db
    .insertInto("conversation_goals")
    .values({
      owner_id: ownerId,
      conversation_id: link.conversationId,
      goal_id: link.goalId,
      fit_rating: link.fitRating,
      note: link.note,
    })
    .onConflict((oc) =>
      oc.columns(["conversation_id", "goal_id"]).doUpdateSet({ fit_rating: link.fitRating, note: link.note }),
    )
    .execute();
}

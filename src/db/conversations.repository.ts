// Conversations, their stage history and the goals they serve.
import type { Selectable } from "kysely";
import { fullName } from "../core/contact.js";
import type { Conversation, ConversationFormat, ConversationKind, StageEvent } from "../core/conversation.js";
import type { ConversationValues } from "../core/conversation.schema.js";
import type { Page } from "../core/page.js";
import { allowedMoves, type Stage } from "../core/stages.js";
import { cachedCount } from "./count-cache.js";
import { newId } from "./ids.js";
import { decodeCursor, encodeCursor } from "./paging.js";
import { Repository } from "./repository.js";
import type { ConversationsTable } from "./schema.js";

type ConversationRow = Selectable<ConversationsTable> & {
  first_name: string;
  last_name: string;
  organization_name: string | null;
};

export type { ConversationValues };

/** The row ↔ conversation mapping, in one place: the conversation of a row... */
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
    thankYouPoint: row.thank_you_point,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** ...and the columns of (some of) a conversation's values. */
function conversationColumns(values: Partial<ConversationValues>) {
  const columns: Partial<Omit<ConversationsTable, "id" | "owner_id" | "created_at" | "updated_at">> = {};
  if (values.contactId !== undefined) columns.contact_id = values.contactId;
  if (values.kind !== undefined) columns.kind = values.kind;
  if (values.stage !== undefined) columns.stage = values.stage;
  if (values.stageChangedAt !== undefined) columns.stage_changed_at = values.stageChangedAt;
  if (values.format !== undefined) columns.format = values.format;
  if (values.scheduledAt !== undefined) columns.scheduled_at = values.scheduledAt;
  if (values.durationMinutes !== undefined) columns.duration_minutes = values.durationMinutes;
  if (values.place !== undefined) columns.place = values.place;
  if (values.prep !== undefined) columns.prep = values.prep;
  if (values.notes !== undefined) columns.notes = values.notes;
  if (values.insights !== undefined) columns.insights = values.insights;
  if (values.thankYouSentAt !== undefined) columns.thank_you_sent_at = values.thankYouSentAt;
  if (values.thankYouPoint !== undefined) columns.thank_you_point = values.thankYouPoint;
  if (values.archivedAt !== undefined) columns.archived_at = values.archivedAt;
  return columns;
}

export interface ConversationFilter {
  stages?: readonly Stage[] | undefined;
  contactId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export class ConversationsRepository extends Repository {
  private select() {
    return this.db
      .selectFrom("conversations")
      .innerJoin("contacts as c", "c.id", "conversations.contact_id")
      .leftJoin("organizations as o", "o.id", "c.organization_id")
      .selectAll("conversations")
      .select(["c.first_name", "c.last_name", "o.name as organization_name"]);
  }

  private async goalIdsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (ids.length === 0) return result;
    const rows = await this.db
      .selectFrom("conversation_goals")
      .select(["conversation_id", "goal_id"])
      .where("conversation_id", "in", [...ids])
      .execute();
    for (const row of rows)
      result.set(row.conversation_id, [...(result.get(row.conversation_id) ?? []), row.goal_id]);
    return result;
  }

  async find(id: string): Promise<Conversation | undefined> {
    const row = await this.select().where("conversations.id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    return toConversation(row, (await this.goalIdsOf([id])).get(id) ?? []);
  }

  /** Adds a conversation; answers its id. */
  async create(values: ConversationValues, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto("conversations")
      .values({
        contact_id: values.contactId,
        kind: values.kind,
        stage: values.stage,
        stage_changed_at: values.stageChangedAt,
        format: values.format,
        scheduled_at: values.scheduledAt,
        duration_minutes: values.durationMinutes,
        place: values.place,
        prep: values.prep,
        notes: values.notes,
        insights: values.insights,
        thank_you_sent_at: values.thankYouSentAt,
        thank_you_point: values.thankYouPoint,
        archived_at: values.archivedAt,
        id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Changes some of a conversation's fields. */
  async update(id: string, patch: Partial<ConversationValues>, now: string): Promise<void> {
    await this.db
      .updateTable("conversations")
      .set({ ...conversationColumns(patch), updated_at: now })
      .where("id", "=", id)
      .execute();
  }

  /** The conversation serves exactly these goals (fit ratings of the goals kept stay). */
  async setGoals(conversationId: string, goalIds: readonly string[]): Promise<void> {
    await this.db
      .deleteFrom("conversation_goals")
      .where("conversation_id", "=", conversationId)
      .where("goal_id", "not in", goalIds.length > 0 ? [...goalIds] : [""])
      .execute();
    if (goalIds.length === 0) return;
    await this.db
      .insertInto("conversation_goals")
      .values(
        goalIds.map((goalId) => ({
          conversation_id: conversationId,
          goal_id: goalId,
          fit_rating: null,
          note: "",
        })),
      )
      .onConflict((oc) => oc.columns(["conversation_id", "goal_id"]).doNothing())
      .execute();
  }

  /** Records a move in the conversation's stage history, after the moves before it. */
  async addStageEvent(event: {
    conversationId: string;
    from: Stage | null;
    to: Stage;
    at: string;
    note: string;
  }): Promise<void> {
    const last = await this.db
      .selectFrom("stage_events")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .where("conversation_id", "=", event.conversationId)
      .executeTakeFirst();
    await this.db
      .insertInto("stage_events")
      .values({
        id: newId(),
        seq: Number(last?.seq ?? 0) + 1,
        conversation_id: event.conversationId,
        from_stage: event.from,
        to_stage: event.to,
        at: event.at,
        note: event.note,
      })
      .execute();
  }

  async stageHistory(conversationId: string): Promise<StageEvent[]> {
    const rows = await this.db
      .selectFrom("stage_events")
      .select(["from_stage", "to_stage", "at", "note"])
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

  /**
   * Conversations, the most recently changed first, on an index ending in (updated_at, id); the
   * total is counted on the first page only (without joins) and carried by the cursor.
   */
  async list(filter: ConversationFilter): Promise<Page<Conversation>> {
    const position = filter.cursor ? decodeCursor(filter.cursor) : undefined;
    const matching = () => {
      let query = this.db.selectFrom("conversations").where("conversations.archived_at", "is", null);
      if (filter.stages && filter.stages.length > 0)
        query = query.where("conversations.stage", "in", [...filter.stages]);
      if (filter.contactId) query = query.where("conversations.contact_id", "=", filter.contactId);
      return query;
    };
    const count = async () =>
      Number(
        (
          await matching()
            .select((eb) => eb.fn.countAll<number | string>().as("n"))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    // Kept until the owner's data changes: most first pages are asked again before a write.
    const { cursor: _cursor, limit: _limit, ...filters } = filter;
    const total =
      position?.total ??
      (await cachedCount(
        this.scope,
        `conversations:${this.scope.ownerId}:${JSON.stringify(filters)}`,
        count,
      ));
    let page = matching();
    if (position) {
      page = page.where((eb) =>
        eb(
          eb.refTuple("conversations.updated_at", "conversations.id"),
          "<",
          eb.tuple(position.value, position.id),
        ),
      );
    }
    const rows = await page
      .innerJoin("contacts as c", "c.id", "conversations.contact_id")
      .leftJoin("organizations as o", "o.id", "c.organization_id")
      .selectAll("conversations")
      .select(["c.first_name", "c.last_name", "o.name as organization_name"])
      .orderBy("conversations.updated_at", "desc")
      .orderBy("conversations.id", "desc")
      .limit(filter.limit + 1)
      .execute();
    const pageRows = rows.slice(0, filter.limit);
    const goals = await this.goalIdsOf(pageRows.map((r) => r.id));
    const last = pageRows.at(-1);
    return {
      items: pageRows.map((row) => toConversation(row, goals.get(row.id) ?? [])),
      nextCursor:
        rows.length > filter.limit && last
          ? encodeCursor({ value: last.updated_at, id: last.id, total })
          : null,
      total,
    };
  }
}

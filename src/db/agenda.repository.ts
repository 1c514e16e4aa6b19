// The reads behind today's agenda: everything that can make work due, for one user.

import { type SqlBool, sql } from "kysely";
import type { AgendaContact, AgendaConversation, AgendaKind, AgendaTask } from "../core/agenda.js";
import { fullName } from "../core/contact.js";
import type { Stage } from "../core/stages.js";
import { cachedRead } from "./count-cache.js";
import { countUpTo } from "./count-up-to.js";
import { Repository } from "./repository.js";

function latest(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return new Date(a) > new Date(b) ? a : b;
}

/** How many people introduced to me (and not yet talked to) the suggestion looks through. */
const INTRODUCED_READ = 500;

/** A conversation in one of these stages keeps its contact off the stay-in-touch list. */
const OPEN_STAGES: Stage[] = ["to-ask", "asked", "scheduled", "done"];

export interface AgendaConversations {
  items: AgendaConversation[];
  notLoaded: Partial<Record<AgendaKind, number>>;
}

type ConversationRow = Awaited<
  ReturnType<ReturnType<AgendaRepository["conversationRows"]>["execute"]>
>[number];

export interface PlannedAsk {
  contactId: string;
  contactName: string;
  organization: string | null;
  conversationId: string;
}

export interface UntouchedContact {
  contactId: string;
  contactName: string;
  introducerName: string | null;
}

export class AgendaRepository extends Repository {
  /**
   * The conversations that can make work due, a bounded page of each kind: meetings up to the
   * horizon (soonest first), held conversations not yet thanked and requests awaiting an answer
   * (oldest first), with how many more of each kind were left out.
   */
  async conversations(horizon: string, limit: number): Promise<AgendaConversations> {
    // Stages as literals, not parameters: SQLite uses a partial index only for terms it can see.
    const scheduled = sql<SqlBool>`v.stage = 'scheduled' and v.scheduled_at <= ${horizon}`;
    const unthanked = sql<SqlBool>`v.stage = 'done' and v.thank_you_sent_at is null`;
    const asked = sql<SqlBool>`v.stage = 'asked'`;
    const [meetings, held, requests] = await Promise.all([
      this.conversationRows()
        .where(scheduled)
        .orderBy("v.scheduled_at")
        .orderBy("v.id")
        .limit(limit)
        .execute(),
      this.conversationRows()
        .where(unthanked)
        .orderBy("v.stage_changed_at")
        .orderBy("v.id")
        .limit(limit)
        .execute(),
      this.conversationRows()
        .where(asked)
        .orderBy("v.stage_changed_at")
        .orderBy("v.id")
        .limit(limit)
        .execute(),
    ]);
    // A page that is not full is all there is; a full one is counted (without the names it shows)
    // and the count kept until the owner's data changes: Today and its badge ask again on every
    // visit, and a hundred contacts read at random to check they are not archived cost more than
    // the rest of the page. On PostgreSQL the count reads in the page's order, so it uses the
    // same index as the page.
    const postgres = this.scope.dialect === "postgres";
    const count = (
      rows: readonly unknown[],
      kind: string,
      filter: typeof asked,
      order: "v.scheduled_at" | "v.stage_changed_at",
    ) => {
      if (rows.length < limit) return rows.length;
      const matching = this.liveConversations().where(filter);
      const query = postgres ? matching.orderBy(order).orderBy("v.id") : matching;
      return cachedRead(this.scope, `agenda:${this.scope.ownerId}:${kind}:${horizon}`, () =>
        countUpTo(this.db, query, undefined, postgres),
      );
    };
    const [meetingCount, heldCount, requestCount] = await Promise.all([
      count(meetings, "meeting", scheduled, "v.scheduled_at"),
      count(held, "thank-you", unthanked, "v.stage_changed_at"),
      count(requests, "follow-up", asked, "v.stage_changed_at"),
    ]);
    return {
      items: await this.withHistory([...meetings, ...held, ...requests]),
      notLoaded: {
        meeting: Math.max(0, meetingCount - meetings.length),
        "thank-you": Math.max(0, heldCount - held.length),
        "follow-up": Math.max(0, requestCount - requests.length),
      },
    };
  }

  /** Conversations not archived, with people not archived. */
  private liveConversations() {
    return this.db
      .selectFrom("conversations as v")
      .innerJoin("contacts as c", "c.id", "v.contact_id")
      .where("v.archived_at", "is", null)
      .where("c.archived_at", "is", null);
  }

  private conversationRows() {
    return this.liveConversations()
      .leftJoin("organizations as o", "o.id", "c.organization_id")
      .select([
        "v.id",
        "v.contact_id",
        "v.stage",
        "v.scheduled_at",
        "v.duration_minutes",
        "v.prep",
        "v.thank_you_sent_at",
        "c.first_name",
        "c.last_name",
        "c.time_zone",
        "o.name as organization",
        "c.organization_id",
      ]);
  }

  /** What the agenda reads of these conversations' history: the request, nudges, replies. */
  private async withHistory(rows: ConversationRow[]): Promise<AgendaConversation[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const events = await this.db
      .selectFrom("stage_events")
      .select(["conversation_id", "to_stage", (eb) => eb.fn.max("at").as("at")])
      .where("conversation_id", "in", ids)
      .where("to_stage", "in", ["done", "asked"])
      .groupBy(["conversation_id", "to_stage"])
      .execute();
    const eventAt = new Map(events.map((e) => [`${e.conversation_id}:${e.to_stage}`, String(e.at)]));
    const askedIds = rows.filter((r) => r.stage === "asked").map((r) => r.id);
    const messages =
      askedIds.length === 0
        ? []
        : await this.db
            .selectFrom("messages")
            .select(["conversation_id", "purpose", "direction", "sent_at", "replied_at"])
            .where("conversation_id", "in", askedIds)
            .where("status", "=", "sent")
            .execute();
    const askedContacts = [...new Set(rows.filter((r) => r.stage === "asked").map((r) => r.contact_id))];
    const heard =
      askedContacts.length === 0
        ? []
        : await this.db
            .selectFrom("interactions")
            .select(["contact_id", (eb) => eb.fn.max("occurred_at").as("at")])
            .where("contact_id", "in", askedContacts)
            .where("direction", "!=", "outbound")
            .groupBy("contact_id")
            .execute();
    const heardAt = new Map(heard.map((h) => [h.contact_id, String(h.at)]));
    const alternatives = await this.alternativesAt(
      rows.filter((r) => r.stage === "asked" && r.organization_id).map((r) => r.organization_id as string),
    );
    return rows.map((row) => {
      const own = messages.filter(
        (m) => m.conversation_id === row.id && m.direction === "outbound" && m.sent_at,
      );
      const request = own
        .filter((m) => m.purpose === "request")
        .map((m) => m.sent_at as string)
        .sort()
        .at(-1);
      const requestSentAt = request ?? eventAt.get(`${row.id}:asked`) ?? null;
      const nudges = own
        .filter((m) => m.purpose === "follow-up" && requestSentAt && (m.sent_at as string) > requestSentAt)
        .map((m) => m.sent_at as string);
      const replied = messages
        .filter((m) => m.conversation_id === row.id)
        .reduce<string | null>(
          (acc, m) => latest(acc, m.direction === "inbound" ? m.sent_at : m.replied_at),
          null,
        );
      return {
        id: row.id,
        contactId: row.contact_id,
        contactName: fullName(row.first_name, row.last_name),
        contactZone: row.time_zone,
        organization: row.organization,
        alternative:
          alternatives.get(row.organization_id ?? "")?.find((a) => a.contactId !== row.contact_id) ?? null,
        stage: row.stage as Stage,
        scheduledAt: row.scheduled_at,
        durationMinutes: row.duration_minutes,
        prep: row.prep,
        thankYouSentAt: row.thank_you_sent_at,
        doneAt: eventAt.get(`${row.id}:done`) ?? null,
        requestSentAt,
        nudgesSentAt: nudges,
        lastHeardAt: latest(replied, heardAt.get(row.contact_id)),
      };
    });
  }

  /**
   * For each of these organisations, the first person there with whom no conversation has started:
   * one query, each organisation's first found through its contacts by creation date.
   */
  private async alternativesAt(organizationIds: string[]) {
    const result = new Map<string, { contactId: string; contactName: string }[]>();
    const ids = [...new Set(organizationIds)];
    if (ids.length === 0) return result;
    const rows = await this.db
      .selectFrom("contacts as c")
      .select(["c.id", "c.first_name", "c.last_name", "c.organization_id"])
      .where("c.id", "in", (eb) =>
        eb
          .selectFrom("organizations as o")
          .select((o) =>
            o
              .selectFrom("contacts as f")
              .select("f.id")
              .whereRef("f.organization_id", "=", "o.id")
              .where("f.archived_at", "is", null)
              .where((f) =>
                f.not(
                  f.exists(
                    f.selectFrom("conversations as v").select("v.id").whereRef("v.contact_id", "=", "f.id"),
                  ),
                ),
              )
              .orderBy("f.created_at")
              .orderBy("f.id")
              .limit(1)
              .as("first_id"),
          )
          .where("o.id", "in", ids),
      )
      .execute();
    for (const row of rows) {
      result.set(row.organization_id ?? "", [
        { contactId: row.id, contactName: fullName(row.first_name, row.last_name) },
      ]);
    }
    return result;
  }

  /**
   * The people most overdue a stay-in-touch touch (by the indexed `touch_due_at`), due by
   * `until`, not in an open conversation and not snoozed; and how many are due in all.
   */
  async touchDue(
    until: string,
    now: string,
    limit: number,
  ): Promise<{ items: AgendaContact[]; due: number }> {
    const due = this.db
      .selectFrom("contacts as c")
      .select(["c.id", "c.first_name", "c.last_name", "c.touch_due_at", "c.last_touch_at"])
      .where("c.touch_due_at", "is not", null)
      .where("c.touch_due_at", "<=", until)
      .where("c.archived_at", "is", null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("conversations as v")
              .select("v.id")
              .whereRef("v.contact_id", "=", "c.id")
              .where("v.archived_at", "is", null)
              .where("v.stage", "in", OPEN_STAGES),
          ),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("snoozes as s")
              .select("s.item_key")
              .where("s.item_key", "=", sql<string>`${sql.lit("stay-in-touch:")} || ${sql.ref("c.id")}`)
              .where("s.until", ">", now),
          ),
        ),
      );
    const [rows, count] = await Promise.all([
      due.orderBy("c.touch_due_at").orderBy("c.id").limit(limit).execute(),
      countUpTo(this.db, due),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        fullName: fullName(r.first_name, r.last_name),
        dueAt: new Date(r.touch_due_at as string).toISOString(),
        lastTouchAt: r.last_touch_at,
      })),
      due: count,
    };
  }

  /** Open tasks due by `until` (or with no date), soonest first: a page, and how many more. */
  async openTasks(until: string, limit: number): Promise<{ items: AgendaTask[]; more: number }> {
    const open = this.db
      .selectFrom("tasks as t")
      .leftJoin("contacts as c", "c.id", "t.contact_id")
      .select([
        "t.id",
        "t.title",
        "t.notes",
        "t.due_at",
        "t.contact_id",
        "t.conversation_id",
        "c.first_name",
        "c.last_name",
      ])
      .where("t.done_at", "is", null)
      .where((eb) => eb.or([eb("t.due_at", "is", null), eb("t.due_at", "<=", until)]));
    const [rows, count] = await Promise.all([
      open.orderBy("t.due_at").orderBy("t.id").limit(limit).execute(),
      countUpTo(this.db, open),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        notes: r.notes,
        dueAt: r.due_at,
        contactId: r.contact_id,
        contactName: r.first_name === null ? null : fullName(r.first_name, r.last_name ?? ""),
        conversationId: r.conversation_id,
      })),
      more: Math.max(0, count - rows.length),
    };
  }

  async activeSnoozes(now: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom("snoozes")
      .select(["item_key", "until"])
      .where("until", ">", now)
      .execute();
    return new Map(rows.map((r) => [r.item_key, r.until]));
  }

  async snooze(key: string, until: string, now: string): Promise<void> {
    await this.db
      .insertInto("snoozes")
      .values({ item_key: key, until, created_at: now })
      .onConflict((oc) => oc.columns(["owner_id", "item_key"]).doUpdateSet({ until, created_at: now }))
      .execute();
  }

  async unsnooze(key: string): Promise<void> {
    await this.db.deleteFrom("snoozes").where("item_key", "=", key).execute();
  }

  /** When conversations were marked done, since a moment: the weekly habit counts them. */
  async heldSince(since: string): Promise<readonly string[]> {
    return cachedRead(this.scope, `held:${this.scope.ownerId}:${since}`, async () => {
      const rows = await this.db
        .selectFrom("stage_events")
        .select("at")
        .where("to_stage", "=", "done")
        .where("at", ">=", since)
        .execute();
      return Object.freeze(rows.map((r) => r.at));
    });
  }

  /**
   * The same moments as epoch milliseconds, parsed once until the data changes: Today reads them
   * on every visit and only compares them.
   */
  async heldTimesSince(since: string): Promise<readonly number[]> {
    return cachedRead(this.scope, `held-ms:${this.scope.ownerId}:${since}`, async () =>
      Object.freeze((await this.heldSince(since)).map((at) => Date.parse(at))),
    );
  }

  /** The conversation I planned to ask for longest (stage to-ask), with whom. */
  async plannedAsk(): Promise<PlannedAsk | undefined> {
    const row = await this.db
      .selectFrom("conversations as v")
      .innerJoin("contacts as c", "c.id", "v.contact_id")
      .leftJoin("organizations as o", "o.id", "c.organization_id")
      .select(["c.id", "c.first_name", "c.last_name", "o.name as organization", "v.id as conversation_id"])
      .where("v.stage", "=", "to-ask")
      .where("v.archived_at", "is", null)
      .where("c.archived_at", "is", null)
      .orderBy("v.stage_changed_at")
      .limit(1)
      .executeTakeFirst();
    return row
      ? {
          contactId: row.id,
          contactName: fullName(row.first_name, row.last_name),
          organization: row.organization,
          conversationId: row.conversation_id,
        }
      : undefined;
  }

  /** Someone with whom no conversation has started: people introduced to me first, then the newest. */
  async nextUntouched(): Promise<UntouchedContact | undefined> {
    const untouched = () =>
      this.db
        .selectFrom("contacts as c")
        .leftJoin("contacts as i", "i.id", "c.introduced_by_id")
        .select([
          "c.id",
          "c.created_at",
          "c.first_name",
          "c.last_name",
          "i.first_name as by_first",
          "i.last_name as by_last",
        ])
        .where("c.archived_at", "is", null)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb.selectFrom("conversations as v").select("v.id").whereRef("v.contact_id", "=", "c.id"),
            ),
          ),
        )
        .orderBy("c.created_at", "desc")
        .orderBy("c.id", "desc");
    // People introduced to me are few: read them through their own index and take the newest
    // here; otherwise walk the newest contacts until one has no conversation.
    const introduced = await untouched()
      .clearOrderBy()
      .where("c.introduced_by_id", "is not", null)
      .limit(INTRODUCED_READ)
      .execute();
    const newest = (a: { created_at: string; id: string }, b: { created_at: string; id: string }) =>
      b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id);
    const row = introduced.sort(newest)[0] ?? (await untouched().limit(1).executeTakeFirst());
    return row
      ? {
          contactId: row.id,
          contactName: fullName(row.first_name, row.last_name),
          introducerName: row.by_first === null ? null : fullName(row.by_first, row.by_last ?? ""),
        }
      : undefined;
  }
}

// The reads behind "what works for me": counted by the database (grouped, a handful of rows each)
// except where a figure needs each time (weekday and hour on the reader's clock, the median delay).
// No query runs per person or per conversation.
import { type ExpressionBuilder, type RawBuilder, sql } from "kysely";
import { fullName } from "../core/contact.js";
import { ANSWERED_STAGES, ASKED_STAGES, type ConversationTrace, MET_STAGES } from "../core/funnel.js";
import type { SentAt, SentGroup } from "../core/reply-rates.js";
import { HELD } from "../core/stages.js";
import type { ScopedDatabase } from "./owned-tables.js";
import { Repository } from "./repository.js";

type Messages = ExpressionBuilder<ScopedDatabase, "messages">;

/** Requests I sent: outbound, for a conversation, gone out. */
function isSentRequest(eb: Messages) {
  return eb.and([
    eb("messages.purpose", "=", "request"),
    eb("messages.direction", "=", "outbound"),
    eb("messages.sent_at", "is not", null),
  ]);
}

/** A 0/1 column that is 1 when any row of the group matches. */
function anyOf(column: string, values: readonly string[]) {
  return sql<number>`max(case when ${sql.ref(column)} in (${sql.join(values)}) then 1 else 0 end)`;
}

const n = (value: unknown) => Number(value ?? 0);

export class AnalyticsRepository extends Repository {
  /** Conversations (archived ones left out) by what their history shows: a few dozen rows at most. */
  async conversationTraces(): Promise<{ trace: ConversationTrace; count: number }[]> {
    const events = this.db
      .selectFrom("stage_events")
      .select([
        "stage_events.conversation_id",
        anyOf("stage_events.to_stage", ASKED_STAGES).as("asked"),
        anyOf("stage_events.to_stage", ANSWERED_STAGES).as("answered"),
        anyOf("stage_events.to_stage", MET_STAGES).as("met"),
        anyOf("stage_events.to_stage", ["declined"]).as("declined"),
        anyOf("stage_events.to_stage", ["thanked"]).as("thanked"),
        anyOf("stage_events.to_stage", ["keeping-in-touch"]).as("kit"),
      ])
      .groupBy("stage_events.conversation_id");
    const messages = this.db
      .selectFrom("messages")
      .select([
        "messages.conversation_id",
        sql<number>`max(case when ${sql.ref("messages.direction")} = 'outbound' and ${sql.ref("messages.purpose")} = 'request' and ${sql.ref("messages.sent_at")} is not null then 1 else 0 end)`.as(
          "requested",
        ),
        sql<number>`max(case when ${sql.ref("messages.replied_at")} is not null or ${sql.ref("messages.direction")} = 'inbound' then 1 else 0 end)`.as(
          "answered",
        ),
      ])
      .where("messages.conversation_id", "is not", null)
      .groupBy("messages.conversation_id");
    const flag = (condition: RawBuilder<unknown>) => sql<number>`case when ${condition} then 1 else 0 end`;
    const stageIn = (stages: readonly string[]) => sql`${sql.ref("v.stage")} in (${sql.join(stages)})`;
    const traces = this.db
      .selectFrom("conversations as v")
      .leftJoin(events.as("e"), "e.conversation_id", "v.id")
      .leftJoin(messages.as("m"), "m.conversation_id", "v.id")
      .select([
        flag(sql`${stageIn(ASKED_STAGES)} or e.asked = 1 or m.requested = 1`).as("t_asked"),
        flag(sql`${stageIn(ANSWERED_STAGES)} or e.answered = 1 or m.answered = 1`).as("t_answered"),
        flag(sql`${stageIn(MET_STAGES)} or e.met = 1`).as("t_met"),
        flag(sql`${stageIn(["declined"])} or e.declined = 1`).as("t_declined"),
        flag(sql`${stageIn(["thanked"])} or e.thanked = 1 or v.thank_you_sent_at is not null`).as(
          "t_thanked",
        ),
        flag(sql`${stageIn(["keeping-in-touch"])} or e.kit = 1`).as("t_kit"),
      ])
      .where("v.archived_at", "is", null);
    const rows = await this.db
      .selectFrom(traces.as("t"))
      .select(["t_asked", "t_answered", "t_met", "t_declined", "t_thanked", "t_kit"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .groupBy(["t_asked", "t_answered", "t_met", "t_declined", "t_thanked", "t_kit"])
      .execute();
    return rows.map((r) => ({
      trace: {
        asked: n(r.t_asked) === 1,
        answered: n(r.t_answered) === 1,
        met: n(r.t_met) === 1,
        declined: n(r.t_declined) === 1,
        thanked: n(r.t_thanked) === 1,
        keepingInTouch: n(r.t_kit) === 1,
      },
      count: n(r.n),
    }));
  }

  /** Requests sent, by when and to whose time zone, with how many got a reply. */
  async requestTimes(): Promise<SentAt[]> {
    const rows = await this.db
      .selectFrom("messages")
      .innerJoin("contacts", "contacts.id", "messages.contact_id")
      .select(["contacts.time_zone", "messages.sent_at"])
      .select((eb) => [
        eb.fn.countAll<number>().as("sent"),
        eb.fn.count<number>("messages.replied_at").as("replied"),
      ])
      .where(isSentRequest)
      .groupBy(["contacts.time_zone", "messages.sent_at"])
      .execute();
    return rows.map((r) => ({
      zone: r.time_zone,
      sentAt: String(r.sent_at),
      sent: n(r.sent),
      replied: n(r.replied),
    }));
  }

  /** Requests sent by template (null: written without one). */
  async requestsByTemplate(): Promise<SentGroup[]> {
    const rows = await this.db
      .selectFrom("messages")
      .select("messages.template_id as key")
      .select((eb) => [
        eb.fn.countAll<number>().as("sent"),
        eb.fn.count<number>("messages.replied_at").as("replied"),
      ])
      .where(isSentRequest)
      .groupBy("messages.template_id")
      .execute();
    return rows.map((r) => ({ key: r.key, sent: n(r.sent), replied: n(r.replied) }));
  }

  /** Requests sent by channel. */
  async requestsByChannel(): Promise<SentGroup[]> {
    const rows = await this.db
      .selectFrom("messages")
      .select("messages.channel as key")
      .select((eb) => [
        eb.fn.countAll<number>().as("sent"),
        eb.fn.count<number>("messages.replied_at").as("replied"),
      ])
      .where(isSentRequest)
      .groupBy("messages.channel")
      .execute();
    return rows.map((r) => ({ key: r.key, sent: n(r.sent), replied: n(r.replied) }));
  }

  /** Requests sent by where I found the person. */
  async requestsBySource(): Promise<SentGroup[]> {
    const rows = await this.db
      .selectFrom("messages")
      .innerJoin("contacts", "contacts.id", "messages.contact_id")
      .select("contacts.source as key")
      .select((eb) => [
        eb.fn.countAll<number>().as("sent"),
        eb.fn.count<number>("messages.replied_at").as("replied"),
      ])
      .where(isSentRequest)
      .groupBy("contacts.source")
      .execute();
    return rows.map((r) => ({ key: r.key, sent: n(r.sent), replied: n(r.replied) }));
  }

  /** When each answered request went out and when its reply came. */
  async replyTimes(): Promise<{ sentAt: string; repliedAt: string }[]> {
    const rows = await this.db
      .selectFrom("messages")
      .select(["messages.sent_at", "messages.replied_at"])
      .where(isSentRequest)
      .where("messages.replied_at", "is not", null)
      .execute();
    return rows.map((r) => ({ sentAt: String(r.sent_at), repliedAt: String(r.replied_at) }));
  }

  /** Every template's name, hidden ones too (old requests may have used them). */
  async templateNames(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom("templates").select(["id", "name"]).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Conversations held with each active person, as a subquery. */
  private heldByContact() {
    return this.db
      .selectFrom("conversations")
      .select(["conversations.contact_id", (eb) => eb.fn.countAll<number>().as("held")])
      .where("conversations.stage", "in", HELD)
      .where("conversations.archived_at", "is", null)
      .groupBy("conversations.contact_id");
  }

  /** Active people by where I found them, with how many I met and how many conversations were held. */
  async sources(): Promise<
    { source: string | null; people: number; peopleMet: number; conversations: number }[]
  > {
    const rows = await this.db
      .selectFrom("contacts as c")
      .leftJoin(this.heldByContact().as("h"), "h.contact_id", "c.id")
      .select("c.source")
      .select((eb) => [
        eb.fn.countAll<number>().as("people"),
        eb.fn.count<number>("h.contact_id").as("met"),
        eb.fn.sum<number>("h.held").as("held"),
      ])
      .where("c.archived_at", "is", null)
      .groupBy("c.source")
      .execute();
    return rows.map((r) => ({
      source: r.source,
      people: n(r.people),
      peopleMet: n(r.met),
      conversations: n(r.held),
    }));
  }

  /** Who introduced the most people I then talked with: the first `limit`. */
  async introducers(
    limit: number,
  ): Promise<
    { contactId: string; name: string; introduced: number; peopleMet: number; conversations: number }[]
  > {
    const rows = await this.db
      .selectFrom("contacts as c")
      .innerJoin("contacts as i", "i.id", "c.introduced_by_id")
      .leftJoin(this.heldByContact().as("h"), "h.contact_id", "c.id")
      .select(["i.id", "i.first_name", "i.last_name"])
      .select((eb) => [
        eb.fn.countAll<number>().as("introduced"),
        eb.fn.count<number>("h.contact_id").as("met"),
        eb.fn.coalesce(eb.fn.sum<number>("h.held"), sql<number>`0`).as("held"),
      ])
      .where("c.archived_at", "is", null)
      .groupBy(["i.id", "i.first_name", "i.last_name"])
      .orderBy("held", "desc")
      .orderBy("met", "desc")
      .orderBy("introduced", "desc")
      .orderBy("i.id")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      contactId: r.id,
      name: fullName(r.first_name, r.last_name),
      introduced: n(r.introduced),
      peopleMet: n(r.met),
      conversations: n(r.held),
    }));
  }

  /** Goals that are not archived, with their decision (null: never decided), the latest first. */
  async goals(): Promise<{ id: string; title: string; decision: string | null }[]> {
    return this.db
      .selectFrom("goals")
      .select(["id", "title", "decision"])
      .where("archived_at", "is", null)
      .orderBy("updated_at", "desc")
      .orderBy("id")
      .execute();
  }
}

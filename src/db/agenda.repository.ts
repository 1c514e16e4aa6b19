// The reads behind today's agenda: everything that can make work due, for one user.
import type { AgendaConversation, AgendaTask } from "../core/agenda.js";
import { fullName } from "../core/contact.js";
import type { RelationshipStrength } from "../core/contact-fields.js";
import type { Stage } from "../core/stages.js";
import { Repository } from "./repository.js";

const AGENDA_STAGES: Stage[] = ["scheduled", "done", "asked"];

function latest(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return new Date(a) > new Date(b) ? a : b;
}

export interface TouchCandidate {
  id: string;
  fullName: string;
  strength: RelationshipStrength;
  stayInTouchDays: number | null;
  lastTouchAt: string | null;
  nextTouchAt: string | null;
}

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
  /** The conversations that can make work due (scheduled, done, asked), with what the agenda reads of them. */
  async conversations(): Promise<AgendaConversation[]> {
    const rows = await this.db
      .selectFrom("conversations as v")
      .innerJoin("contacts as c", "c.id", "v.contact_id")
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
      ])
      .where("v.archived_at", "is", null)
      .where("c.archived_at", "is", null)
      .where("v.stage", "in", AGENDA_STAGES)
      .execute();
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

  /** People at these organisations with whom no conversation has started yet. */
  private async alternativesAt(organizationIds: string[]) {
    const result = new Map<string, { contactId: string; contactName: string }[]>();
    if (organizationIds.length === 0) return result;
    const rows = await this.db
      .selectFrom("contacts as c")
      .select(["c.id", "c.first_name", "c.last_name", "c.organization_id"])
      .where("c.archived_at", "is", null)
      .where("c.organization_id", "in", [...new Set(organizationIds)])
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom("conversations as v").select("v.id").whereRef("v.contact_id", "=", "c.id")),
        ),
      )
      .orderBy("c.created_at")
      .execute();
    for (const row of rows) {
      const key = row.organization_id ?? "";
      result.set(key, [
        ...(result.get(key) ?? []),
        { contactId: row.id, contactName: fullName(row.first_name, row.last_name) },
      ]);
    }
    return result;
  }

  /** Contacts we have been in touch with (or set a reminder for) and are not in an open conversation with. */
  async touchCandidates(): Promise<TouchCandidate[]> {
    const rows = await this.db
      .selectFrom("contacts as c")
      .select([
        "c.id",
        "c.first_name",
        "c.last_name",
        "c.relationship_strength",
        "c.stay_in_touch_days",
        "c.last_touch_at",
        "c.next_touch_at",
      ])
      .where("c.archived_at", "is", null)
      .where((eb) => eb.or([eb("c.next_touch_at", "is not", null), eb("c.last_touch_at", "is not", null)]))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("conversations as v")
              .select("v.id")
              .whereRef("v.contact_id", "=", "c.id")
              .where("v.archived_at", "is", null)
              .where("v.stage", "in", ["to-ask", "asked", "scheduled", "done"]),
          ),
        ),
      )
      .execute();
    return rows.map((r) => ({
      id: r.id,
      fullName: fullName(r.first_name, r.last_name),
      strength: r.relationship_strength as RelationshipStrength,
      stayInTouchDays: r.stay_in_touch_days,
      lastTouchAt: r.last_touch_at,
      nextTouchAt: r.next_touch_at,
    }));
  }

  async openTasks(until: string): Promise<AgendaTask[]> {
    const rows = await this.db
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
      .where((eb) => eb.or([eb("t.due_at", "is", null), eb("t.due_at", "<=", until)]))
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      notes: r.notes,
      dueAt: r.due_at,
      contactId: r.contact_id,
      contactName: r.first_name === null ? null : fullName(r.first_name, r.last_name ?? ""),
      conversationId: r.conversation_id,
    }));
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
  async heldSince(since: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("stage_events")
      .select("at")
      .where("to_stage", "=", "done")
      .where("at", ">=", since)
      .execute();
    return rows.map((r) => r.at);
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
    // Two small queries, each stopping at its first row (newest first): one query ordering every
    // contact by "introduced first" would sort them all, holding up every other request meanwhile.
    const untouched = (introduced: boolean) =>
      this.db
        .selectFrom("contacts as c")
        .leftJoin("contacts as i", "i.id", "c.introduced_by_id")
        .select(["c.id", "c.first_name", "c.last_name", "i.first_name as by_first", "i.last_name as by_last"])
        .where("c.archived_at", "is", null)
        .$if(introduced, (q) => q.where("c.introduced_by_id", "is not", null))
        .where((eb) =>
          eb.not(
            eb.exists(
              eb.selectFrom("conversations as v").select("v.id").whereRef("v.contact_id", "=", "c.id"),
            ),
          ),
        )
        .orderBy("c.created_at", "desc")
        .limit(1)
        .executeTakeFirst();
    const row = (await untouched(true)) ?? (await untouched(false));
    return row
      ? {
          contactId: row.id,
          contactName: fullName(row.first_name, row.last_name),
          introducerName: row.by_first === null ? null : fullName(row.by_first, row.by_last ?? ""),
        }
      : undefined;
  }
}

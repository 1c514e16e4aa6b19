// The mutual-exchange ledger: what I received from people and what I gave them.

import type { Selectable } from "kysely";
import { fullName } from "../core/contact.js";
import type { Introduced } from "../core/exchange.schema.js";
import {
  type Exchange,
  type ExchangeDirection,
  GIVE_BACK_MIN_TAKEN,
  type GiveBackCandidate,
  receivedFrom,
} from "../core/give-back.js";
import { cachedRead } from "./count-cache.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";
import type { ExchangesTable } from "./schema.js";

function toExchange(row: Selectable<ExchangesTable>): Exchange {
  return {
    id: row.id,
    contactId: row.contact_id,
    conversationId: row.conversation_id,
    direction: row.direction as ExchangeDirection,
    description: row.description,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
  };
}

const HELD_STAGES = ["done", "thanked", "keeping-in-touch"];

export class ExchangesRepository extends Repository {
  /** A person's ledger, the latest first. */
  async listForContact(contactId: string): Promise<Exchange[]> {
    const rows = await this.db
      .selectFrom("exchanges")
      .selectAll()
      .where("contact_id", "=", contactId)
      .orderBy("occurred_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return rows.map(toExchange);
  }

  async find(id: string): Promise<Exchange | undefined> {
    const row = await this.db.selectFrom("exchanges").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toExchange(row) : undefined;
  }

  /** Adds an entry; answers its id. */
  async create(values: Omit<Exchange, "id" | "createdAt">, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto("exchanges")
      .values({
        id,
        contact_id: values.contactId,
        conversation_id: values.conversationId,
        direction: values.direction,
        description: values.description,
        occurred_at: values.occurredAt,
        created_at: now,
      })
      .execute();
    return id;
  }

  /** Deletes an entry; false when there was none. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("exchanges").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The people a contact introduced me to (their introducedById is this contact), newest first. */
  async introducedBy(contactId: string): Promise<Introduced[]> {
    const rows = await this.db
      .selectFrom("contacts")
      .select(["id", "first_name", "last_name", "title", "created_at"])
      .where("introduced_by_id", "=", contactId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(200)
      .execute();
    return rows.map((r) => ({
      contactId: r.id,
      fullName: fullName(r.first_name, r.last_name),
      title: r.title,
      introducedAt: r.created_at,
    }));
  }

  /**
   * Active contacts I have received something from or talked with, with the counts the give-back
   * rule needs. Only those with anything taken at all are read.
   */
  giveBackCandidates(): Promise<readonly GiveBackCandidate[]> {
    return cachedRead(this.scope, `give-back:${this.scope.ownerId}`, async () =>
      Object.freeze(await this.readGiveBackCandidates()),
    );
  }

  private async readGiveBackCandidates(): Promise<GiveBackCandidate[]> {
    const [noted, introduced, held, given] = await Promise.all([
      this.db
        .selectFrom("exchanges")
        .select(["contact_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("direction", "=", "received")
        .groupBy("contact_id")
        .execute(),
      this.db
        .selectFrom("contacts")
        .select(["introduced_by_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("introduced_by_id", "is not", null)
        .groupBy("introduced_by_id")
        .execute(),
      this.db
        .selectFrom("conversations")
        .select(["contact_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("stage", "in", HELD_STAGES)
        .where("archived_at", "is", null)
        .groupBy("contact_id")
        .having((eb) => eb.fn.countAll(), ">=", GIVE_BACK_MIN_TAKEN)
        .execute(),
      this.db
        .selectFrom("exchanges")
        .select(["contact_id", (eb) => eb.fn.max("occurred_at").as("at")])
        .where("direction", "=", "given")
        .groupBy("contact_id")
        .execute(),
    ]);
    const counts = new Map<string, { received: number; held: number }>();
    const notedBy = new Map(noted.map((r) => [r.contact_id, Number(r.n)]));
    const introducedBy = new Map(introduced.map((r) => [r.introduced_by_id as string, Number(r.n)]));
    for (const id of new Set([...notedBy.keys(), ...introducedBy.keys()])) {
      const received = receivedFrom({ noted: notedBy.get(id) ?? 0, introduced: introducedBy.get(id) ?? 0 });
      counts.set(id, { received, held: 0 });
    }
    for (const r of held) {
      const entry = counts.get(r.contact_id) ?? { received: 0, held: 0 };
      counts.set(r.contact_id, { ...entry, held: Number(r.n) });
    }
    const ids = [...counts.entries()]
      .filter(([, c]) => c.received >= GIVE_BACK_MIN_TAKEN || c.held >= GIVE_BACK_MIN_TAKEN)
      .map(([id]) => id);
    if (ids.length === 0) return [];
    const people = await this.db
      .selectFrom("contacts")
      .select(["id", "first_name", "last_name"])
      .where("archived_at", "is", null)
      .where("id", "in", ids)
      .execute();
    const lastGiven = new Map(given.map((g) => [g.contact_id, g.at === null ? null : String(g.at)]));
    return people.map((p) => ({
      contactId: p.id,
      contactName: fullName(p.first_name, p.last_name),
      received: counts.get(p.id)?.received ?? 0,
      held: counts.get(p.id)?.held ?? 0,
      lastGivenAt: lastGiven.get(p.id) ?? null,
    }));
  }
}

import { type ExpressionBuilder, sql } from "kysely";
import { nameKey } from "../core/contact.js";
import { newId } from "./ids.js";
import type { ScopedDatabase } from "./owned-tables.js";
import { Repository } from "./repository.js";
import type { Dialect } from "./schema.js";

/**
 * A column of a query on `contacts`: the contact's tag names, alphabetical, as one JSON array
 * (read with `tagNamesFrom`), so that one contact and its tags are one statement, one round trip.
 */
export function tagNamesColumn(dialect: Dialect) {
  const names =
    dialect === "postgres"
      ? sql<unknown>`json_agg(t.name order by t.name_key)`
      : sql<unknown>`json_group_array(t.name order by t.name_key)`;
  return (eb: ExpressionBuilder<ScopedDatabase, "contacts">) =>
    eb
      .selectFrom("contact_tags as ct")
      .innerJoin("tags as t", "t.id", "ct.tag_id")
      .select(names.as("names"))
      .whereRef("ct.contact_id", "=", "contacts.id")
      .as("tag_names");
}

/** The names `tagNamesColumn` gives: JSON text on SQLite, an array (or null for none) on PostgreSQL. */
export function tagNamesFrom(value: unknown): string[] {
  const names: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : [];
}

export class TagsRepository extends Repository {
  /** Finds or creates tags with these names; returns their ids, one per distinct name. */
  async ensure(names: readonly string[], now: string): Promise<string[]> {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = nameKey(name);
      if (key && !byKey.has(key)) byKey.set(key, name.trim());
    }
    if (byKey.size === 0) return [];
    await this.db
      .insertInto("tags")
      .values([...byKey].map(([key, name]) => ({ id: newId(), name, name_key: key, created_at: now })))
      .onConflict((oc) => oc.columns(["owner_id", "name_key"]).doNothing())
      .execute();
    const rows = await this.db
      .selectFrom("tags")
      .select(["id", "name_key"])
      .where("name_key", "in", [...byKey.keys()])
      .execute();
    return rows.map((row) => row.id);
  }

  /** Gives a contact exactly these tags (by name, created when new). */
  async setOnContact(contactId: string, names: readonly string[], now: string): Promise<void> {
    const tagIds = await this.ensure(names, now);
    await this.db.deleteFrom("contact_tags").where("contact_id", "=", contactId).execute();
    if (tagIds.length === 0) return;
    await this.db
      .insertInto("contact_tags")
      .values(tagIds.map((tagId) => ({ contact_id: contactId, tag_id: tagId })))
      .execute();
  }

  /** Tag names per contact, alphabetical. */
  async ofContacts(contactIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (contactIds.length === 0) return result;
    const rows = await this.db
      .selectFrom("contact_tags as ct")
      .innerJoin("tags as t", "t.id", "ct.tag_id")
      .select(["ct.contact_id", "t.name"])
      .where("ct.contact_id", "in", contactIds)
      .orderBy("t.name_key")
      .execute();
    for (const row of rows) {
      const list = result.get(row.contact_id) ?? [];
      list.push(row.name);
      result.set(row.contact_id, list);
    }
    return result;
  }

  /** The tags that are on at least one active contact, with how many. */
  async listWithCounts(): Promise<{ name: string; contactCount: number }[]> {
    const rows = await this.db
      .selectFrom("tags as t")
      .innerJoin("contact_tags as ct", "ct.tag_id", "t.id")
      .innerJoin("contacts as c", "c.id", "ct.contact_id")
      .select(["t.name", "t.name_key", (eb) => eb.fn.countAll<number>().as("count")])
      .where("c.archived_at", "is", null)
      .groupBy(["t.id", "t.name", "t.name_key"])
      .orderBy("t.name_key")
      .execute();
    return rows.map((row) => ({ name: row.name, contactCount: Number(row.count) }));
  }
}

import type { Kysely } from "kysely";
import { nameKey } from "../core/contact.js";
import { newId } from "./ids.js";
import type { Database } from "./schema.js";

/** Finds or creates the owner's tags with these names; returns their ids, one per distinct name. */
export async function ensureTags(
  db: Kysely<Database>,
  ownerId: string,
  names: readonly string[],
  now: string,
): Promise<string[]> {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = nameKey(name);
    if (key && !byKey.has(key)) byKey.set(key, name.trim());
  }
  if (byKey.size === 0) return [];
  await db
    .insertInto("tags")
    .values(
      [...byKey].map(([key, name]) => ({
        id: newId(),
        owner_id: ownerId,
        name,
        name_key: key,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(["owner_id", "name_key"]).doNothing())
    .execute();
  const rows = await db
    .selectFrom("tags")
    .select(["id", "name_key"])
    .where("owner_id", "=", ownerId)
    .where("name_key", "in", [...byKey.keys()])
    .execute();
  return rows.map((row) => row.id);
}

export async function setContactTags(
  db: Kysely<Database>,
  ownerId: string,
  contactId: string,
  tagIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom("contact_tags")
    .where("owner_id", "=", ownerId)
    .where("contact_id", "=", contactId)
    .execute();
  if (tagIds.length === 0) return;
  await db
    .insertInto("contact_tags")
    .values(tagIds.map((tagId) => ({ owner_id: ownerId, contact_id: contactId, tag_id: tagId })))
    .execute();
}

/** Tag names per contact, alphabetical. */
export async function tagsOfContacts(
  db: Kysely<Database>,
  ownerId: string,
  contactIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (contactIds.length === 0) return result;
  const rows = await db
    .selectFrom("contact_tags as ct")
    .innerJoin("tags as t", "t.id", "ct.tag_id")
    .select(["ct.contact_id", "t.name"])
    .where("ct.owner_id", "=", ownerId)
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

/** The owner's tags that are on at least one active contact, with how many. */
export async function listTagsWithCounts(
  db: Kysely<Database>,
  ownerId: string,
): Promise<{ name: string; contactCount: number }[]> {
  const rows = await db
    .selectFrom("tags as t")
    .innerJoin("contact_tags as ct", "ct.tag_id", "t.id")
    .innerJoin("contacts as c", "c.id", "ct.contact_id")
    .select(["t.name", "t.name_key", (eb) => eb.fn.countAll<number>().as("count")])
    .where("t.owner_id", "=", ownerId)
    .where("c.archived_at", "is", null)
    .groupBy(["t.id", "t.name", "t.name_key"])
    .orderBy("t.name_key")
    .execute();
  return rows.map((row) => ({ name: row.name, contactCount: Number(row.count) }));
}

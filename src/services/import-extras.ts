// What an import writes beside the contact rows: tags (vCard CATEGORIES, our own exports) and who
// introduced whom (our own exports name the introducer by their coffeechat id).
import type { Kysely } from "kysely";
import { nameKey } from "../core/contact.js";
import type { Database } from "../db/schema.js";
import { ensureTags } from "../db/tags.repository.js";
import type { ImportedContact } from "../integrations/imported.js";

/** Every contact's tag names, for the owner, in one query. */
export async function tagsOfOwner(db: Kysely<Database>, ownerId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom("contact_tags as ct")
    .innerJoin("tags as t", "t.id", "ct.tag_id")
    .select(["ct.contact_id", "t.name"])
    .where("ct.owner_id", "=", ownerId)
    .orderBy("t.name_key")
    .execute();
  const tags = new Map<string, string[]>();
  for (const row of rows) {
    const list = tags.get(row.contact_id) ?? [];
    list.push(row.name);
    tags.set(row.contact_id, list);
  }
  return tags;
}

export interface WrittenPeople {
  /** People just added, with the record they came from. */
  created: Array<{ id: string; record: ImportedContact }>;
  /** People completed: their whole new tag list, when it grew. */
  updated: Array<{ id: string; tags: string[] | undefined }>;
}

/** Links new and completed people to their tags, and new people to whoever introduced them. */
export async function writeImportedExtras(
  db: Kysely<Database>,
  ownerId: string,
  now: string,
  people: WrittenPeople,
): Promise<void> {
  const wanted = [
    ...people.created.map((c) => ({ id: c.id, tags: c.record.tags ?? [] })),
    ...people.updated.map((u) => ({ id: u.id, tags: u.tags ?? [] })),
  ].filter((p) => p.tags.length > 0);
  if (wanted.length > 0) {
    await ensureTags(
      db,
      ownerId,
      wanted.flatMap((p) => p.tags),
      now,
    );
    const rows = await db
      .selectFrom("tags")
      .select(["id", "name_key"])
      .where("owner_id", "=", ownerId)
      .execute();
    const tagIds = new Map(rows.map((r) => [r.name_key, r.id]));
    const links = new Map<string, { owner_id: string; contact_id: string; tag_id: string }>();
    for (const person of wanted) {
      for (const tag of person.tags) {
        const tagId = tagIds.get(nameKey(tag));
        if (tagId)
          links.set(`${person.id}|${tagId}`, { owner_id: ownerId, contact_id: person.id, tag_id: tagId });
      }
    }
    for (const chunk of chunks([...links.values()], 500)) {
      await db
        .insertInto("contact_tags")
        .values(chunk)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  await linkIntroducers(db, ownerId, people.created);
}

/** Sets introduced_by_id from the introducer's coffeechat id: a person of the same file, or one already here. */
async function linkIntroducers(
  db: Kysely<Database>,
  ownerId: string,
  created: WrittenPeople["created"],
): Promise<void> {
  const introduced = created.filter((c) => c.record.extra?.introducedBy);
  if (introduced.length === 0) return;
  const newIds = new Map(
    created.filter((c) => c.record.contactId).map((c) => [c.record.contactId as string, c.id]),
  );
  for (const person of introduced) {
    const wantedId = person.record.extra?.introducedBy as string;
    let introducerId = newIds.get(wantedId);
    if (!introducerId) {
      const here = await db
        .selectFrom("contacts")
        .select("id")
        .where("owner_id", "=", ownerId)
        .where("id", "=", wantedId)
        .executeTakeFirst();
      introducerId = here?.id;
    }
    if (!introducerId || introducerId === person.id) continue;
    await db
      .updateTable("contacts")
      .set({ introduced_by_id: introducerId })
      .where("owner_id", "=", ownerId)
      .where("id", "=", person.id)
      .execute();
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

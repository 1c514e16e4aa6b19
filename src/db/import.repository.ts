// The writes of an import, made for speed: everyone at once in as few statements as the database
// allows. The plan of what to write is the service's; the rows are built here.
import { nameKey } from "../core/contact.js";
import type { ContactValues } from "../core/contact.schema.js";
import type { ExistingPerson } from "../core/import-plan.js";
import { bulkInsert, withIndexesRebuilt } from "./bulk-insert.js";
import { contactRow } from "./contacts.repository.js";
import { newId } from "./ids.js";
import { organizationRow } from "./organizations.repository.js";
import { Repository } from "./repository.js";
import { TagsRepository } from "./tags.repository.js";

const CHUNK = 500;

export interface ImportedTouch {
  contactId: string;
  direction: string;
  occurredAt: string;
  summary: string;
}

export class ImportRepository extends Repository {
  /** Everyone already there, as the import plan compares them. */
  async existingPeople(): Promise<ExistingPerson[]> {
    const rows = await this.db
      .selectFrom("contacts as c")
      .leftJoin("organizations as o", "o.id", "c.organization_id")
      .select([
        "c.id",
        "c.first_name",
        "c.last_name",
        "c.emails",
        "c.phones",
        "c.linkedin_url",
        "c.title",
        "c.location",
        "c.notes",
        "o.name as organization",
        "c.time_zone",
        "c.needs",
        "c.source",
        "c.source_detail",
        "c.relationship_strength",
        "c.stay_in_touch_days",
      ])
      .execute();
    const tags = await this.tagsOfEveryone();
    return rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      emails: JSON.parse(r.emails) as string[],
      phones: JSON.parse(r.phones) as string[],
      linkedinUrl: r.linkedin_url,
      organization: r.organization,
      title: r.title,
      location: r.location,
      notes: r.notes,
      timeZone: r.time_zone,
      needs: r.needs,
      source: r.source,
      sourceDetail: r.source_detail,
      relationshipStrength: r.relationship_strength,
      stayInTouchDays: r.stay_in_touch_days,
      tags: tags.get(r.id) ?? [],
    }));
  }

  /** Every contact's tag names, in one query. */
  private async tagsOfEveryone(): Promise<Map<string, string[]>> {
    const rows = await this.db
      .selectFrom("contact_tags as ct")
      .innerJoin("tags as t", "t.id", "ct.tag_id")
      .select(["ct.contact_id", "t.name"])
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

  /** Adds these tags to these people (keeping the tags they have). */
  async addTags(people: readonly { id: string; tags: readonly string[] }[], now: string): Promise<void> {
    const wanted = people.filter((p) => p.tags.length > 0);
    if (wanted.length === 0) return;
    await new TagsRepository(this.scope).ensure(
      wanted.flatMap((p) => p.tags),
      now,
    );
    const rows = await this.db.selectFrom("tags").select(["id", "name_key"]).execute();
    const tagIds = new Map(rows.map((r) => [r.name_key, r.id]));
    const links = new Map<string, { contact_id: string; tag_id: string }>();
    for (const person of wanted) {
      for (const tag of person.tags) {
        const tagId = tagIds.get(nameKey(tag));
        if (tagId) links.set(`${person.id}|${tagId}`, { contact_id: person.id, tag_id: tagId });
      }
    }
    const values = [...links.values()];
    for (let i = 0; i < values.length; i += CHUNK) {
      await this.db
        .insertInto("contact_tags")
        .values(values.slice(i, i + CHUNK))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  /**
   * Links new people to who introduced them, named by the coffeechat id they were exported with:
   * a person of the same file (by `exportedId`), or one already here.
   */
  async linkIntroducers(
    people: readonly { id: string; exportedId: string | null; introducedBy: string | null }[],
  ): Promise<void> {
    const newIds = new Map(people.filter((p) => p.exportedId).map((p) => [p.exportedId as string, p.id]));
    for (const person of people) {
      if (!person.introducedBy) continue;
      let introducerId = newIds.get(person.introducedBy);
      if (!introducerId) {
        const here = await this.db
          .selectFrom("contacts")
          .select("id")
          .where("id", "=", person.introducedBy)
          .executeTakeFirst();
        introducerId = here?.id;
      }
      if (!introducerId || introducerId === person.id) continue;
      await this.db
        .updateTable("contacts")
        .set({ introduced_by_id: introducerId })
        .where("id", "=", person.id)
        .execute();
    }
  }

  /** Ids of organisations by name key, creating the missing ones. */
  async organizationIds(names: readonly string[], now: string): Promise<Map<string, string>> {
    const wanted = new Map<string, string>();
    for (const name of names) if (!wanted.has(nameKey(name))) wanted.set(nameKey(name), name.trim());
    const rows = await this.db.selectFrom("organizations").select(["id", "name_key"]).execute();
    const ids = new Map(rows.map((row) => [row.name_key, row.id]));
    const missing = [...wanted].filter(([key]) => !ids.has(key));
    const values = missing.map(([key, name]) => {
      const row = organizationRow({ name }, now);
      ids.set(key, row.id);
      return row;
    });
    await bulkInsert(this.scope, "organizations", values);
    return ids;
  }

  /** Adds many people and returns their ids, in order; `existing` tells whether rebuilding the indexes afterwards is cheaper. */
  async addPeople(
    people: readonly ContactValues[],
    existing: number,
    now: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<string[]> {
    const ids = people.map(() => newId());
    await withIndexesRebuilt(this.scope.sqlite, "contacts", { rows: people.length, existing }, async () => {
      for (let i = 0; i < people.length; i += CHUNK) {
        const rows = people
          .slice(i, i + CHUNK)
          .map((values, k) => contactRow(ids[i + k] as string, values, { createdAt: now, updatedAt: now }));
        await bulkInsert(this.scope, "contacts", rows);
        onProgress?.(Math.min(i + CHUNK, people.length), people.length);
      }
    });
    return ids;
  }

  /** The LinkedIn touches already recorded, as "contact|time|kind" keys. */
  async knownLinkedinTouches(): Promise<Set<string>> {
    const known = await this.db
      .selectFrom("interactions")
      .select(["contact_id", "occurred_at", "kind"])
      .where("origin", "=", "linkedin")
      .execute();
    return new Set(known.map((k) => `${k.contact_id}|${new Date(k.occurred_at).toISOString()}|${k.kind}`));
  }

  /** Records LinkedIn touches and moves each person's last touch forward to the latest of them. */
  async addLinkedinTouches(touches: readonly ImportedTouch[], now: string): Promise<void> {
    const latest = new Map<string, string>();
    const rows = touches.map((touch) => {
      const before = latest.get(touch.contactId);
      if (!before || before < touch.occurredAt) latest.set(touch.contactId, touch.occurredAt);
      return {
        id: newId(),
        contact_id: touch.contactId,
        conversation_id: null,
        message_id: null,
        kind: "message",
        direction: touch.direction,
        occurred_at: touch.occurredAt,
        summary: touch.summary,
        origin: "linkedin",
        created_at: now,
      };
    });
    await bulkInsert(this.scope, "interactions", rows);
    for (const [contactId, at] of latest) {
      await this.db
        .updateTable("contacts")
        .set({ last_touch_at: at })
        .where("id", "=", contactId)
        .where((eb) => eb.or([eb("last_touch_at", "is", null), eb("last_touch_at", "<", at)]))
        .execute();
    }
  }
}

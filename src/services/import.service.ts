// Imports people from a file: preview what would change, then apply it all in one transaction.
import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import { nameKey } from "../core/contact.js";
import { type ExistingPerson, type ImportPlan, planImport } from "../core/import-plan.js";
import { bulkInsert, withIndexesRebuilt } from "../db/bulk-insert.js";
import { newId } from "../db/ids.js";
import { organizationRow } from "../db/organizations.repository.js";
import type { ContactsTable, Database } from "../db/schema.js";
import type { ImportedContact, ImportedInteraction } from "../integrations/imported.js";
import { distinct, searchColumns } from "./contact-values.js";
import { nowIso, type ServiceContext } from "./context.js";
import { tagsOfOwner, writeImportedExtras } from "./import-extras.js";

export interface ImportSummary {
  dryRun: boolean;
  counts: ImportPlan["counts"];
  /** Per line: what happens to it. */
  items: Array<Omit<ImportPlan["items"][number], "patch">>;
  /** Things in the file that were not kept, in words. */
  dropped: string[];
  interactions: { added: number; alreadyThere: number; unmatched: number };
}

const CHUNK = 500;

async function existingPeople(db: Kysely<Database>, ownerId: string): Promise<ExistingPerson[]> {
  const rows = await db
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
    .where("c.owner_id", "=", ownerId)
    .execute();
  const tags = await tagsOfOwner(db, ownerId);
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

/** Ids of the owner's organisations by name key, creating the missing ones. */
async function organizationIds(
  db: Kysely<Database>,
  sqlite: SQLite.Database | undefined,
  ownerId: string,
  names: string[],
  now: string,
) {
  const wanted = new Map<string, string>();
  for (const name of names) if (!wanted.has(nameKey(name))) wanted.set(nameKey(name), name.trim());
  const ids = new Map<string, string>();
  const rows = await db
    .selectFrom("organizations")
    .select(["id", "name_key"])
    .where("owner_id", "=", ownerId)
    .execute();
  for (const row of rows) ids.set(row.name_key, row.id);
  const missing = [...wanted].filter(([key]) => !ids.has(key));
  const values = missing.map(([key, name]) => {
    const row = organizationRow(ownerId, { name }, now);
    ids.set(key, row.id);
    return row;
  });
  await bulkInsert(db, sqlite, "organizations", values);
  return ids;
}

/** The row of a person the import adds, all columns in one literal (this runs for every line). */
function newContactRow(
  record: ImportedContact,
  orgIds: Map<string, string>,
  ownerId: string,
  now: string,
): ContactsTable {
  const emails = record.emails.length > 1 ? distinct(record.emails) : record.emails;
  const { search_text, sort_name } = searchColumns({
    first_name: record.firstName,
    last_name: record.lastName,
    emails,
    title: record.title,
    location: record.location,
    organization: record.organization,
  });
  return {
    id: newId(),
    owner_id: ownerId,
    first_name: record.firstName,
    last_name: record.lastName,
    emails: emails.length === 0 ? "[]" : JSON.stringify(emails),
    phones: record.phones.length === 0 ? "[]" : JSON.stringify(record.phones),
    linkedin_url: record.linkedinUrl,
    organization_id: record.organization ? (orgIds.get(nameKey(record.organization)) ?? null) : null,
    title: record.title,
    location: record.location,
    time_zone: record.timeZone ?? null,
    source: record.source,
    source_detail: record.sourceDetail ?? (record.connectedOn ? `Connected on ${record.connectedOn}` : null),
    introduced_by_id: null,
    may_mention_introducer:
      record.extra?.mayMentionIntroducer == null ? null : Number(record.extra.mayMentionIntroducer),
    relationship_strength: record.relationshipStrength ?? "new",
    needs: record.needs ?? "",
    notes: record.notes,
    last_touch_at: record.extra?.lastTouchAt ?? null,
    next_touch_at: record.extra?.nextTouchAt ?? null,
    stay_in_touch_days: record.stayInTouchDays ?? null,
    search_text,
    sort_name,
    archived_at: null,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Previews (dryRun) or applies an import of people. Applying writes everything in one transaction:
 * if anything fails, nothing is written.
 */
export async function importContacts(
  ctx: ServiceContext,
  records: readonly ImportedContact[],
  options: {
    dryRun: boolean;
    interactions?: readonly ImportedInteraction[];
    /** Told how many of the new people are written so far. */
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportSummary> {
  const now = nowIso(ctx);
  const ownerId = ctx.user.id;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const people = await existingPeople(trx, ownerId);
    const plan = planImport(
      people,
      records.map((record) =>
        record.emails.length > 1 ? { ...record, emails: distinct(record.emails) } : record,
      ),
    );
    const summary: ImportSummary = {
      dryRun: options.dryRun,
      counts: plan.counts,
      items: plan.items.map(({ patch: _patch, ...item }) => item),
      dropped: [...new Set(records.flatMap((r) => r.dropped))],
      interactions: { added: 0, alreadyThere: 0, unmatched: 0 },
    };
    if (options.dryRun) return summary;

    // Items are in the order of the records; a new person's record takes what later lines add to it.
    const created = plan.items.flatMap((item, at) =>
      item.action === "new" || item.action === "duplicate"
        ? [{ item, id: "", record: { ...records[at], ...item.patch } as ImportedContact }]
        : [],
    );
    const updated = plan.items.filter((i) => i.action === "update");
    const orgNames = [
      ...created.map((c) => c.record.organization),
      ...updated.map((i) => i.patch.organization),
    ].filter((n): n is string => Boolean(n));
    const orgIds = await organizationIds(trx, ctx.db.sqlite, ownerId, orgNames, now);

    await withIndexesRebuilt(
      ctx.db.sqlite,
      "contacts",
      { rows: created.length, existing: people.length },
      async () => {
        for (let i = 0; i < created.length; i += CHUNK) {
          const chunk = created.slice(i, i + CHUNK);
          const values = chunk.map((c) => newContactRow(c.record, orgIds, ownerId, now));
          await bulkInsert(trx, ctx.db.sqlite, "contacts", values);
          chunk.forEach((c, k) => {
            c.id = (values[k] as ContactsTable).id;
          });
          options.onProgress?.(Math.min(i + CHUNK, created.length), created.length);
        }
      },
    );
    // Updates only fill what was empty; they are few, so one statement each.
    const current = new Map(people.map((p) => [p.id, p]));
    for (const item of updated) {
      const person = current.get(item.contactId ?? "");
      if (!person) continue;
      const merged = { ...person, ...item.patch };
      const organizationId = item.patch.organization
        ? orgIds.get(nameKey(item.patch.organization))
        : undefined;
      await trx
        .updateTable("contacts")
        .set({
          emails: JSON.stringify(merged.emails),
          phones: JSON.stringify(merged.phones),
          linkedin_url: merged.linkedinUrl,
          title: merged.title,
          location: merged.location,
          notes: merged.notes,
          time_zone: merged.timeZone ?? null,
          needs: merged.needs ?? "",
          source: merged.source ?? null,
          source_detail: merged.sourceDetail ?? null,
          relationship_strength: merged.relationshipStrength ?? "new",
          stay_in_touch_days: merged.stayInTouchDays ?? null,
          ...(organizationId ? { organization_id: organizationId } : {}),
          ...searchColumns({
            first_name: merged.firstName,
            last_name: merged.lastName,
            emails: merged.emails,
            title: merged.title,
            location: merged.location,
            organization: merged.organization,
          }),
          updated_at: now,
        })
        .where("owner_id", "=", ownerId)
        .where("id", "=", person.id)
        .execute();
    }
    await writeImportedExtras(trx, ownerId, now, {
      created: created.map((c) => ({ id: c.id, record: c.record })),
      updated: updated.map((i) => ({ id: i.contactId as string, tags: i.patch.tags })),
    });
    summary.interactions = await importInteractions(
      trx,
      ctx.db.sqlite,
      ownerId,
      options.interactions ?? [],
      now,
    );
    return summary;
  });
}

/** Dated touches from a file, matched to people by profile address, then name; never twice. */
async function importInteractions(
  db: Kysely<Database>,
  sqlite: SQLite.Database | undefined,
  ownerId: string,
  interactions: readonly ImportedInteraction[],
  now: string,
): Promise<ImportSummary["interactions"]> {
  const result = { added: 0, alreadyThere: 0, unmatched: 0 };
  if (interactions.length === 0) return result;
  const people = await existingPeople(db, ownerId);
  const byUrl = new Map(people.filter((p) => p.linkedinUrl).map((p) => [p.linkedinUrl as string, p.id]));
  const byName = new Map(people.map((p) => [nameKey(`${p.firstName} ${p.lastName}`), p.id]));
  const known = await db
    .selectFrom("interactions")
    .select(["contact_id", "occurred_at", "kind"])
    .where("owner_id", "=", ownerId)
    .where("origin", "=", "linkedin")
    .execute();
  const seen = new Set(
    known.map((k) => `${k.contact_id}|${new Date(k.occurred_at).toISOString()}|${k.kind}`),
  );
  const latestTouch = new Map<string, string>();
  const rows = [];
  for (const touch of interactions) {
    const contactId =
      (touch.linkedinUrl ? byUrl.get(touch.linkedinUrl) : undefined) ?? byName.get(nameKey(touch.name));
    if (!contactId) {
      result.unmatched += 1;
      continue;
    }
    const key = `${contactId}|${touch.occurredAt}|message`;
    if (seen.has(key)) {
      result.alreadyThere += 1;
      continue;
    }
    seen.add(key);
    rows.push({
      id: newId(),
      owner_id: ownerId,
      contact_id: contactId,
      conversation_id: null,
      message_id: null,
      kind: "message",
      direction: touch.direction,
      occurred_at: touch.occurredAt,
      summary: touch.kind === "invitation" ? `LinkedIn invitation: ${touch.summary}`.trim() : touch.summary,
      origin: "linkedin",
      created_at: now,
    });
    if (!latestTouch.has(contactId) || (latestTouch.get(contactId) as string) < touch.occurredAt) {
      latestTouch.set(contactId, touch.occurredAt);
    }
  }
  await bulkInsert(db, sqlite, "interactions", rows);
  for (const [contactId, at] of latestTouch) {
    await db
      .updateTable("contacts")
      .set({ last_touch_at: at })
      .where("owner_id", "=", ownerId)
      .where("id", "=", contactId)
      .where((eb) => eb.or([eb("last_touch_at", "is", null), eb("last_touch_at", "<", at)]))
      .execute();
  }
  result.added = rows.length;
  return result;
}

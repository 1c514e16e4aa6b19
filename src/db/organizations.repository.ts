import { type Kysely, type Selectable, sql } from "kysely";
import { nameKey } from "../core/contact.js";
import type { Organization } from "../core/organization.js";
import type { Page } from "../core/page.js";
import { newId } from "./ids.js";
import { decodeCursor, encodeCursor, likePattern } from "./paging.js";
import type { Database, OrganizationsTable } from "./schema.js";

type OrganizationRow = Selectable<OrganizationsTable> & { contact_count: number | string };

function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    industry: row.industry,
    location: row.location,
    notes: row.notes,
    contactCount: Number(row.contact_count),
    archived: row.archived_at !== null,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectOrganizations(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom("organizations as o")
    .selectAll("o")
    .select((eb) =>
      eb
        .selectFrom("contacts as c")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("c.organization_id", "=", "o.id")
        .where("c.archived_at", "is", null)
        .as("contact_count"),
    )
    .where("o.owner_id", "=", ownerId);
}

export async function findOrganization(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
): Promise<Organization | undefined> {
  const row = await selectOrganizations(db, ownerId).where("o.id", "=", id).executeTakeFirst();
  return row ? toOrganization(row as OrganizationRow) : undefined;
}

export async function findOrganizationByName(
  db: Kysely<Database>,
  ownerId: string,
  name: string,
): Promise<{ id: string; name: string; archived_at: string | null } | undefined> {
  return db
    .selectFrom("organizations")
    .select(["id", "name", "archived_at"])
    .where("owner_id", "=", ownerId)
    .where("name_key", "=", nameKey(name))
    .executeTakeFirst();
}

export interface NewOrganization {
  name: string;
  website?: string | null | undefined;
  industry?: string | null | undefined;
  location?: string | null | undefined;
  notes?: string | undefined;
}

/** The row of a new organisation, for one insert or many. */
export function organizationRow(ownerId: string, input: NewOrganization, now: string): OrganizationsTable {
  return {
    id: newId(),
    owner_id: ownerId,
    name: input.name,
    name_key: nameKey(input.name),
    website: input.website ?? null,
    industry: input.industry ?? null,
    location: input.location ?? null,
    notes: input.notes ?? "",
    archived_at: null,
    created_at: now,
    updated_at: now,
  };
}

export async function insertOrganization(
  db: Kysely<Database>,
  ownerId: string,
  input: NewOrganization,
  now: string,
): Promise<string> {
  const row = organizationRow(ownerId, input, now);
  await db.insertInto("organizations").values(row).execute();
  return row.id;
}

/** The organisation with this name, created if there is none; an archived one is brought back. */
export async function findOrCreateOrganization(
  db: Kysely<Database>,
  ownerId: string,
  name: string,
  now: string,
): Promise<{ id: string; name: string }> {
  const existing = await findOrganizationByName(db, ownerId, name);
  if (existing) {
    if (existing.archived_at) {
      await db
        .updateTable("organizations")
        .set({ archived_at: null, updated_at: now })
        .where("id", "=", existing.id)
        .where("owner_id", "=", ownerId)
        .execute();
    }
    return existing;
  }
  const id = await insertOrganization(db, ownerId, { name }, now);
  return { id, name };
}

export type OrganizationPatch = Partial<
  Pick<OrganizationsTable, "name" | "website" | "industry" | "location" | "notes" | "archived_at">
>;

export async function updateOrganization(
  db: Kysely<Database>,
  ownerId: string,
  id: string,
  patch: OrganizationPatch,
  now: string,
): Promise<void> {
  await db
    .updateTable("organizations")
    .set({
      ...patch,
      ...(patch.name !== undefined ? { name_key: nameKey(patch.name) } : {}),
      updated_at: now,
    })
    .where("id", "=", id)
    .where("owner_id", "=", ownerId)
    .execute();
}

export interface OrganizationFilter {
  q?: string[] | undefined;
  archived: "false" | "true" | "all";
  limit: number;
  cursor?: string | undefined;
}

export async function listOrganizations(
  db: Kysely<Database>,
  ownerId: string,
  filter: OrganizationFilter,
): Promise<Page<Organization>> {
  let query = selectOrganizations(db, ownerId);
  if (filter.archived === "false") query = query.where("o.archived_at", "is", null);
  if (filter.archived === "true") query = query.where("o.archived_at", "is not", null);
  for (const term of filter.q ?? []) {
    query = query.where(sql<boolean>`o.name_key like ${likePattern(term)} escape '\\'`);
  }
  const countRow = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  if (filter.cursor) {
    const { value, id } = decodeCursor(filter.cursor);
    query = query.where((eb) =>
      eb.or([eb("o.name_key", ">", value), eb.and([eb("o.name_key", "=", value), eb("o.id", ">", id)])]),
    );
  }
  const rows = (await query
    .orderBy("o.name_key")
    .orderBy("o.id")
    .limit(filter.limit + 1)
    .execute()) as OrganizationRow[];
  const pageRows = rows.slice(0, filter.limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toOrganization),
    nextCursor:
      rows.length > filter.limit && last ? encodeCursor({ value: last.name_key, id: last.id }) : null,
    total: Number(countRow?.n ?? 0),
  };
}

import { type Selectable, sql } from "kysely";
import { nameKey } from "../core/contact.js";
import type { Organization, OrganizationValues } from "../core/organization.schema.js";
import type { Page } from "../core/page.js";
import { newId } from "./ids.js";
import { decodeCursor, encodeCursor, likePattern } from "./paging.js";
import { Repository } from "./repository.js";
import type { OrganizationsTable } from "./schema.js";

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

/** The row of a new organisation (without `owner_id`: the scope sets it), for one insert or many. */
export function organizationRow(input: Partial<OrganizationValues> & { name: string }, now: string) {
  return {
    id: newId(),
    name: input.name,
    name_key: nameKey(input.name),
    website: input.website ?? null,
    industry: input.industry ?? null,
    location: input.location ?? null,
    notes: input.notes ?? "",
    archived_at: input.archivedAt ?? null,
    created_at: now,
    updated_at: now,
  };
}

export interface OrganizationFilter {
  q?: string[] | undefined;
  archived: "false" | "true" | "all";
  limit: number;
  cursor?: string | undefined;
}

export class OrganizationsRepository extends Repository {
  private select() {
    return this.db
      .selectFrom("organizations as o")
      .selectAll("o")
      .select((eb) =>
        eb
          .selectFrom("contacts as c")
          .select(eb.fn.countAll<number>().as("n"))
          .whereRef("c.organization_id", "=", "o.id")
          .where("c.archived_at", "is", null)
          .as("contact_count"),
      );
  }

  async find(id: string): Promise<Organization | undefined> {
    const row = await this.select().where("o.id", "=", id).executeTakeFirst();
    return row ? toOrganization(row as OrganizationRow) : undefined;
  }

  async findByName(
    name: string,
  ): Promise<{ id: string; name: string; archivedAt: string | null } | undefined> {
    const row = await this.db
      .selectFrom("organizations")
      .select(["id", "name", "archived_at"])
      .where("name_key", "=", nameKey(name))
      .executeTakeFirst();
    return row && { id: row.id, name: row.name, archivedAt: row.archived_at };
  }

  async create(input: Partial<OrganizationValues> & { name: string }, now: string): Promise<string> {
    const row = organizationRow(input, now);
    await this.db.insertInto("organizations").values(row).execute();
    return row.id;
  }

  /** The organisation with this name, created if there is none; an archived one is brought back. */
  async findOrCreate(name: string, now: string): Promise<{ id: string; name: string }> {
    const existing = await this.findByName(name);
    if (existing) {
      if (existing.archivedAt) await this.update(existing.id, { archivedAt: null }, now);
      return existing;
    }
    return { id: await this.create({ name }, now), name };
  }

  /** Ids of organisations by name key, for every organisation. */
  async idsByNameKey(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom("organizations").select(["id", "name_key"]).execute();
    return new Map(rows.map((row) => [row.name_key, row.id]));
  }

  async update(id: string, patch: Partial<OrganizationValues>, now: string): Promise<void> {
    await this.db
      .updateTable("organizations")
      .set({
        ...(patch.name !== undefined ? { name: patch.name, name_key: nameKey(patch.name) } : {}),
        ...(patch.website !== undefined ? { website: patch.website } : {}),
        ...(patch.industry !== undefined ? { industry: patch.industry } : {}),
        ...(patch.location !== undefined ? { location: patch.location } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        ...(patch.archivedAt !== undefined ? { archived_at: patch.archivedAt } : {}),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
  }

  async list(filter: OrganizationFilter): Promise<Page<Organization>> {
    let query = this.select();
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
}

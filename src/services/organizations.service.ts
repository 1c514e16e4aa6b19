import { ConflictError, NotFoundError } from "../core/errors.js";
import type { Organization } from "../core/organization.js";
import type { Page } from "../core/page.js";
import { blankToNull, searchTerms } from "../core/text.js";
import { contactRowsOfOrganization, updateContactRow } from "../db/contacts.repository.js";
import {
  findOrganization,
  findOrganizationByName,
  insertOrganization,
  listOrganizations as listOrganizationRows,
  type OrganizationPatch,
  updateOrganization as updateOrganizationRow,
} from "../db/organizations.repository.js";
import { searchColumns } from "./contact-values.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";
import {
  OrganizationCreateInput,
  OrganizationListQuery,
  OrganizationUpdateInput,
} from "./organizations.input.js";

export async function getOrganization(ctx: ServiceContext, id: string): Promise<Organization> {
  const organization = await findOrganization(ctx.db.kysely, ctx.user.id, id);
  if (!organization) throw new NotFoundError("organisation", id);
  return organization;
}

async function assertNameFree(ctx: ServiceContext, name: string, exceptId?: string): Promise<void> {
  const existing = await findOrganizationByName(ctx.db.kysely, ctx.user.id, name);
  if (existing && existing.id !== exceptId) {
    throw new ConflictError(`name: there is already an organisation called ${existing.name}.`, "name");
  }
}

export async function createOrganization(
  ctx: ServiceContext,
  raw: OrganizationCreateInput,
): Promise<Organization> {
  const input = parseInput(OrganizationCreateInput, raw);
  await assertNameFree(ctx, input.name);
  const id = await insertOrganization(
    ctx.db.kysely,
    ctx.user.id,
    {
      name: input.name,
      website: blankToNull(input.website),
      industry: blankToNull(input.industry),
      location: blankToNull(input.location),
      notes: input.notes ?? "",
    },
    nowIso(ctx),
  );
  return getOrganization(ctx, id);
}

export async function updateOrganization(
  ctx: ServiceContext,
  id: string,
  raw: OrganizationUpdateInput,
): Promise<Organization> {
  const input = parseInput(OrganizationUpdateInput, raw);
  const current = await getOrganization(ctx, id);
  const now = nowIso(ctx);
  const patch: OrganizationPatch = {};
  if (input.name !== undefined && input.name !== current.name) {
    await assertNameFree(ctx, input.name, id);
    patch.name = input.name;
  }
  if (input.website !== undefined) patch.website = blankToNull(input.website);
  if (input.industry !== undefined) patch.industry = blankToNull(input.industry);
  if (input.location !== undefined) patch.location = blankToNull(input.location);
  if (input.notes !== undefined) patch.notes = input.notes;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updateOrganizationRow(trx, ctx.user.id, id, patch, now);
    if (patch.name === undefined) return;
    // Contacts are found by their organisation's name: keep their search text in step.
    for (const row of await contactRowsOfOrganization(trx, ctx.user.id, id)) {
      const columns = searchColumns({
        ...row,
        emails: JSON.parse(row.emails) as string[],
        organization: patch.name,
      });
      await updateContactRow(trx, ctx.user.id, row.id, columns, row.updated_at);
    }
  });
  return getOrganization(ctx, id);
}

async function setArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<Organization> {
  const current = await getOrganization(ctx, id);
  if (current.archived === archived) return current;
  const now = nowIso(ctx);
  await updateOrganizationRow(ctx.db.kysely, ctx.user.id, id, { archived_at: archived ? now : null }, now);
  return getOrganization(ctx, id);
}

export const archiveOrganization = (ctx: ServiceContext, id: string) => setArchived(ctx, id, true);
export const restoreOrganization = (ctx: ServiceContext, id: string) => setArchived(ctx, id, false);

export async function listOrganizations(
  ctx: ServiceContext,
  raw: OrganizationListQuery,
): Promise<Page<Organization>> {
  const query = parseInput(OrganizationListQuery, raw);
  return listOrganizationRows(ctx.db.kysely, ctx.user.id, {
    q: query.q ? searchTerms(query.q) : undefined,
    archived: query.archived ?? "false",
    limit: query.limit ?? 50,
    cursor: query.cursor,
  });
}

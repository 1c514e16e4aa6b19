import { ConflictError, NotFoundError } from "../core/errors.js";
import type { Organization } from "../core/organization.js";
import {
  OrganizationCreateInput,
  OrganizationListQuery,
  OrganizationUpdateInput,
  type OrganizationValues,
} from "../core/organization.schema.js";
import type { Page } from "../core/page.js";
import { blankToNull, searchTerms } from "../core/text.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { parseInput } from "./errors.js";

export async function getOrganization(ctx: ServiceContext, id: string): Promise<Organization> {
  const organization = await ctx.repos.organizations.find(id);
  if (!organization) throw new NotFoundError("organisation", id);
  return organization;
}

async function assertNameFree(ctx: ServiceContext, name: string, exceptId?: string): Promise<void> {
  const existing = await ctx.repos.organizations.findByName(name);
  if (existing && existing.id !== exceptId) {
    throw new ConflictError(`name: there is already an organisation called ${existing.name}.`, "name");
  }
}

/** What was sent, as the values we store (only the fields that were sent). */
function valuesFrom(input: OrganizationUpdateInput): Partial<OrganizationValues> {
  const values: Partial<OrganizationValues> = { ...input } as Partial<OrganizationValues>;
  for (const key of ["website", "industry", "location"] as const) {
    if (input[key] !== undefined) values[key] = blankToNull(input[key]);
  }
  return values;
}

export async function createOrganization(
  ctx: ServiceContext,
  raw: OrganizationCreateInput,
): Promise<Organization> {
  const input = parseInput(OrganizationCreateInput, raw);
  await assertNameFree(ctx, input.name);
  const id = await ctx.repos.organizations.create({ ...valuesFrom(input), name: input.name }, nowIso(ctx));
  return getOrganization(ctx, id);
}

export async function updateOrganization(
  ctx: ServiceContext,
  id: string,
  raw: OrganizationUpdateInput,
): Promise<Organization> {
  const input = parseInput(OrganizationUpdateInput, raw);
  const current = await getOrganization(ctx, id);
  const values = valuesFrom(input);
  if (values.name === current.name) delete values.name;
  if (values.name !== undefined) await assertNameFree(ctx, values.name, id);
  await withTransaction(ctx, async (tx) => {
    const now = nowIso(tx);
    await tx.repos.organizations.update(id, values, now);
    if (values.name === undefined) return;
    // Contacts are found by their organisation's name: keep their search text in step.
    for (const contactId of await tx.repos.contacts.idsAtOrganization(id)) {
      await tx.repos.contacts.update(contactId, { organization: values.name }, now);
    }
  });
  return getOrganization(ctx, id);
}

async function setArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<Organization> {
  const current = await getOrganization(ctx, id);
  if (current.archived === archived) return current;
  const now = nowIso(ctx);
  await ctx.repos.organizations.update(id, { archivedAt: archived ? now : null }, now);
  return getOrganization(ctx, id);
}

export const archiveOrganization = (ctx: ServiceContext, id: string) => setArchived(ctx, id, true);
export const restoreOrganization = (ctx: ServiceContext, id: string) => setArchived(ctx, id, false);

export async function listOrganizations(
  ctx: ServiceContext,
  raw: OrganizationListQuery,
): Promise<Page<Organization>> {
  const query = parseInput(OrganizationListQuery, raw);
  return ctx.repos.organizations.list({
    q: query.q ? searchTerms(query.q) : undefined,
    archived: query.archived ?? "false",
    limit: query.limit ?? 50,
    cursor: query.cursor,
  });
}

// The map of my network and the warm paths into an organisation or to a person.
import { NotFoundError, ValidationError } from "../core/errors.js";
import { type Network, NetworkQuery, type Paths, PathsQuery } from "../core/network.schema.js";
import { type NetworkPerson, warmPaths } from "../core/network-paths.js";
import type { ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

export async function getNetwork(ctx: ServiceContext, raw: NetworkQuery = {}): Promise<Network> {
  const query = parseInput(NetworkQuery, raw);
  if (query.goalId && !(await ctx.repos.goals.find(query.goalId)))
    throw new ValidationError(`goalId: no goal with id ${query.goalId}.`, "goalId");
  if (query.organizationId && !(await ctx.repos.organizations.find(query.organizationId)))
    throw new ValidationError(
      `organizationId: no organisation with id ${query.organizationId}.`,
      "organizationId",
    );
  const filtered = Boolean(query.goalId || query.organizationId || query.tag);
  const [rows, total] = await Promise.all([
    ctx.repos.network.people(query),
    filtered ? ctx.repos.network.count() : undefined,
  ]);
  const shown = new Set(rows.map((row) => row.id));
  const organizations = new Map<string, { id: string; name: string; people: number }>();
  for (const row of rows) {
    if (!row.organizationId) continue;
    const entry = organizations.get(row.organizationId);
    if (entry) entry.people++;
    else
      organizations.set(row.organizationId, {
        id: row.organizationId,
        name: row.organization ?? "",
        people: 1,
      });
  }
  return {
    people: rows.map(({ organization: _name, ...person }) => person),
    organizations: [...organizations.values()].sort((a, b) => a.name.localeCompare(b.name, "en")),
    introductions: rows.flatMap((row) =>
      row.introducedById && shown.has(row.introducedById)
        ? [{ introducerId: row.introducedById, contactId: row.id }]
        : [],
    ),
    total: total ?? rows.length,
  };
}

/** Everyone in my network, as path finding sees them. */
async function everyone(ctx: ServiceContext): Promise<NetworkPerson[]> {
  const rows = await ctx.repos.network.people();
  return rows.map((row) => ({ ...row, met: row.conversations > 0 }));
}

/** The shortest warm paths into an organisation, or to a person: who I could ask to introduce me. */
export async function findPaths(ctx: ServiceContext, raw: PathsQuery): Promise<Paths> {
  const query = parseInput(PathsQuery, raw);
  if (query.organizationId && query.contactId)
    throw new ValidationError("Give organizationId or contactId, not both.", "contactId");
  if (query.organizationId) {
    if (!(await ctx.repos.organizations.find(query.organizationId)))
      throw new NotFoundError("organisation", query.organizationId);
    return { paths: warmPaths(await everyone(ctx), { organizationId: query.organizationId }) };
  }
  if (query.contactId) {
    if (!(await ctx.repos.contacts.find(query.contactId)))
      throw new NotFoundError("contact", query.contactId);
    return { paths: warmPaths(await everyone(ctx), { contactId: query.contactId }) };
  }
  throw new ValidationError("organizationId or contactId is required.", "organizationId");
}

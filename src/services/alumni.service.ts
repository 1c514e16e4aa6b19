// The centre's alumni directory: alumni and volunteers opt in with a short profile; members of the
// centre search it and add a person to their own contacts, which counts as one request to that
// person for the month. At their monthly limit a person is resting, and asking them is refused,
// so that requests spread out instead of piling on the same few people.
import {
  type AlumniDirectory,
  type AlumniEntry,
  type AlumniFormat,
  type AlumniProfile,
  AlumniProfileInput,
  type AlumniSearch,
  FORMAT_LABELS,
  isResting,
  monthOf,
} from "../core/alumni.schema.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../core/errors.js";
import type { EntryRow, ProfileRow } from "../db/alumni.repository.js";
import { createContact } from "./contacts.service.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { parseInput } from "./errors.js";

/** How many people one search shows at most. */
export const DIRECTORY_LIMIT = 200;

const LOCAL_ONLY =
  "The alumni directory lives on a career centre's hosted coffeechat; on your own computer there is no centre to share it with.";

function requireCentre(ctx: ServiceContext): void {
  if (!ctx.hosted) throw new ForbiddenError(LOCAL_ONLY);
}

function list(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function profileOf(row: ProfileRow, requestsThisMonth: number): AlumniProfile {
  return {
    id: row.id,
    role: row.role,
    organization: row.organization,
    about: row.about,
    topics: list(row.topics),
    formats: list(row.formats) as AlumniFormat[],
    monthlyLimit: row.monthly_limit,
    published: row.published === 1,
    requestsThisMonth,
    updatedAt: row.updated_at,
  };
}

function entryOf(ctx: ServiceContext, row: EntryRow, requests: number, asked: boolean): AlumniEntry {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    organization: row.organization,
    about: row.about,
    topics: list(row.topics),
    formats: list(row.formats) as AlumniFormat[],
    monthlyLimit: row.monthly_limit,
    requestsThisMonth: requests,
    resting: isResting(requests, row.monthly_limit),
    mine: row.owner_id === ctx.user.id,
    askedThisMonth: asked,
  };
}

/** The same topic written twice (in any case) is kept once, in the first spelling. */
function distinctTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  return topics.filter((topic) => {
    const key = topic.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** My profile (null if I have none; the directory is not available in local mode). */
export async function getMyProfile(
  ctx: ServiceContext,
): Promise<{ available: boolean; profile: AlumniProfile | null }> {
  if (!ctx.hosted) return { available: false, profile: null };
  const row = await ctx.repos.alumni.mine();
  if (!row) return { available: true, profile: null };
  const month = monthOf(ctx.clock.now());
  const counts = await ctx.repos.alumni.requestCounts([ctx.user.id], month);
  return { available: true, profile: profileOf(row, counts.get(ctx.user.id) ?? 0) };
}

/** Opts me in (or changes my profile); `published: false` pauses it. */
export async function saveMyProfile(ctx: ServiceContext, raw: unknown): Promise<AlumniProfile> {
  requireCentre(ctx);
  const input = parseInput(AlumniProfileInput, raw);
  await ctx.repos.alumni.save(
    {
      role: input.role,
      organization: input.organization,
      about: input.about,
      topics: JSON.stringify(distinctTopics(input.topics)),
      formats: JSON.stringify([...new Set(input.formats)]),
      monthly_limit: input.monthlyLimit,
      published: input.published ? 1 : 0,
    },
    nowIso(ctx),
  );
  const { profile } = await getMyProfile(ctx);
  if (!profile) throw new Error("The profile just saved is missing.");
  return profile;
}

/** Opts me out: my profile and the requests I received are removed. */
export async function deleteMyProfile(ctx: ServiceContext): Promise<void> {
  requireCentre(ctx);
  if (!(await ctx.repos.alumni.remove())) throw new NotFoundError("alumni profile", "of yours");
}

/** The centre's published profiles matching the search, with this month's requests of each. */
export async function searchDirectory(ctx: ServiceContext, filters: AlumniSearch): Promise<AlumniDirectory> {
  if (!ctx.hosted) return { available: false, items: [] };
  const rows = await ctx.repos.alumni.search(filters, DIRECTORY_LIMIT);
  const month = monthOf(ctx.clock.now());
  const owners = rows.map((r) => r.owner_id);
  const [counts, asked] = await Promise.all([
    ctx.repos.alumni.requestCounts(owners, month),
    ctx.repos.alumni.askedByMe(owners, month),
  ]);
  return {
    available: true,
    items: rows.map((r) => entryOf(ctx, r, counts.get(r.owner_id) ?? 0, asked.has(r.owner_id))),
  };
}

/** Splits a person's name into first and last name for a contact. */
function nameParts(name: string): { firstName: string; lastName?: string } {
  const [first, ...rest] = name.trim().split(/\s+/);
  const lastName = rest.join(" ");
  return { firstName: first || "Alum", ...(lastName ? { lastName } : {}) };
}

/**
 * Adds a person of the directory to my contacts (source `alumni`) and counts one request to them
 * this month. Refused when they are resting, when I already asked them this month, or for myself.
 */
export async function contactAlum(
  ctx: ServiceContext,
  profileId: string,
): Promise<{ contactId: string; entry: AlumniEntry }> {
  requireCentre(ctx);
  return withTransaction(ctx, async (tx) => {
    await tx.repos.alumni.lockPublished(profileId);
    const row = await tx.repos.alumni.published(profileId);
    if (!row) throw new NotFoundError("alumni profile", profileId);
    if (row.owner_id === tx.user.id)
      throw new ValidationError("This is your own profile: others add you from here.", "id");
    const month = monthOf(tx.clock.now());
    const asked = await tx.repos.alumni.askedByMe([row.owner_id], month);
    if (asked.has(row.owner_id))
      throw new ConflictError(
        `You already added ${row.name} this month; find them in your contacts. One request a month each keeps the directory kind to its people.`,
      );
    const requests = (await tx.repos.alumni.requestCounts([row.owner_id], month)).get(row.owner_id) ?? 0;
    if (isResting(requests, row.monthly_limit))
      throw new ConflictError(
        `${row.name} is resting: they welcome ${row.monthly_limit} request${row.monthly_limit === 1 ? "" : "s"} a month and have had them all. Try someone else, or ask again next month.`,
      );
    await tx.repos.alumni.recordRequest(row.owner_id, month, nowIso(tx));
    const topics = list(row.topics);
    const contact = await createContact(tx, {
      ...nameParts(row.name),
      title: row.role,
      ...(row.organization ? { organization: row.organization } : {}),
      ...(row.email ? { emails: [row.email] } : {}),
      source: "alumni",
      sourceDetail: "The centre's alumni directory",
      notes: [
        row.about ?? "",
        `Glad to talk about: ${topics.join(", ")}.`,
        `Offers: ${(list(row.formats) as AlumniFormat[]).map((f) => FORMAT_LABELS[f] ?? f).join(", ")}.`,
      ]
        .filter(Boolean)
        .join("\n\n"),
    });
    return { contactId: contact.id, entry: entryOf(tx, row, requests + 1, true) };
  });
}

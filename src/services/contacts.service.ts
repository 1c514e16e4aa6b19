import type { Contact } from "../core/contact.js";
import {
  ContactCreateInput,
  ContactListQuery,
  ContactUpdateInput,
  type ContactValues,
  NEW_CONTACT,
} from "../core/contact.schema.js";
import { NotFoundError, ValidationError } from "../core/errors.js";
import type { Page } from "../core/page.js";
import { blankToNull, searchTerms } from "../core/text.js";
import { newId } from "../db/ids.js";
import {
  checkedProfileUrl,
  checkedSource,
  checkedTimeZone,
  distinct,
  distinctPhones,
} from "./contact-values.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { parseInput } from "./errors.js";

/** The organisation of that name (created when new), null to clear, undefined to keep. */
async function organizationFor(
  ctx: ServiceContext,
  name: string | null | undefined,
): Promise<{ id: string; name: string } | null | undefined> {
  if (name === undefined) return undefined;
  const trimmed = blankToNull(name);
  return trimmed === null ? null : ctx.repos.organizations.findOrCreate(trimmed, nowIso(ctx));
}

async function checkIntroducer(
  ctx: ServiceContext,
  id: string | null | undefined,
  self?: string,
): Promise<void> {
  if (id === undefined || id === null) return;
  if (id === self)
    throw new ValidationError("introducedById: a contact cannot introduce themselves.", "introducedById");
  if (!(await ctx.repos.contacts.exists(id))) {
    throw new ValidationError(`introducedById: no contact with id ${id}.`, "introducedById");
  }
}

/** What was sent for a contact, as the values we store (only the fields that were sent). */
function valuesFrom(input: ContactUpdateInput): Partial<ContactValues> {
  const { tags: _tags, organization: _organization, ...fields } = input;
  // A field given as undefined (a caller passing its own optional fields on) says nothing.
  const given = Object.entries(fields).filter(([, value]) => value !== undefined);
  const values: Partial<ContactValues> = Object.fromEntries(given) as Partial<ContactValues>;
  if (input.emails !== undefined) values.emails = distinct(input.emails);
  if (input.phones !== undefined) values.phones = distinctPhones(input.phones);
  if (input.linkedinUrl !== undefined) values.linkedinUrl = checkedProfileUrl(input.linkedinUrl) ?? null;
  if (input.timeZone !== undefined) values.timeZone = checkedTimeZone(input.timeZone) ?? null;
  if (input.source !== undefined)
    values.source = (checkedSource(input.source) ?? null) as ContactValues["source"];
  for (const key of ["title", "location", "sourceDetail"] as const) {
    if (input[key] !== undefined) values[key] = blankToNull(input[key]);
  }
  if (input.nextTouchAt !== undefined)
    values.nextTouchAt = input.nextTouchAt === null ? null : new Date(input.nextTouchAt).toISOString();
  return values;
}

export async function createContact(ctx: ServiceContext, raw: ContactCreateInput): Promise<Contact> {
  const input = parseInput(ContactCreateInput, raw);
  const values = valuesFrom(input);
  await checkIntroducer(ctx, input.introducedById);
  const id = newId();
  await withTransaction(ctx, async (tx) => {
    const organization = await organizationFor(tx, input.organization);
    await tx.repos.contacts.create(
      id,
      {
        ...NEW_CONTACT,
        ...values,
        firstName: input.firstName,
        organizationId: organization?.id ?? null,
        organization: organization?.name ?? null,
      },
      input.tags ?? [],
      nowIso(tx),
    );
  });
  return getContact(ctx, id);
}

export async function getContact(ctx: ServiceContext, id: string): Promise<Contact> {
  const contact = await ctx.repos.contacts.find(id);
  if (!contact) throw new NotFoundError("contact", id);
  return contact;
}

export async function updateContact(
  ctx: ServiceContext,
  id: string,
  raw: ContactUpdateInput,
): Promise<Contact> {
  const input = parseInput(ContactUpdateInput, raw);
  await getContact(ctx, id);
  const values = valuesFrom(input);
  await checkIntroducer(ctx, input.introducedById, id);
  await withTransaction(ctx, async (tx) => {
    const organization = await organizationFor(tx, input.organization);
    if (organization !== undefined) {
      values.organizationId = organization?.id ?? null;
      values.organization = organization?.name ?? null;
    }
    await tx.repos.contacts.update(id, values, nowIso(tx), input.tags);
  });
  return getContact(ctx, id);
}

async function setArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<Contact> {
  const current = await getContact(ctx, id);
  if (current.archived === archived) return current;
  const now = nowIso(ctx);
  await ctx.repos.contacts.update(id, { archivedAt: archived ? now : null }, now);
  return getContact(ctx, id);
}

export const archiveContact = (ctx: ServiceContext, id: string) => setArchived(ctx, id, true);
export const restoreContact = (ctx: ServiceContext, id: string) => setArchived(ctx, id, false);

export async function listContacts(ctx: ServiceContext, raw: ContactListQuery): Promise<Page<Contact>> {
  const query = parseInput(ContactListQuery, raw);
  const sort = query.sort ?? "name";
  const source = query.source === undefined ? undefined : (checkedSource(query.source) ?? undefined);
  return ctx.repos.contacts.list({
    terms: query.q ? searchTerms(query.q) : undefined,
    tag: query.tag,
    source,
    organizationId: query.organizationId,
    archived: query.archived ?? "false",
    sort: sort.replace("-", "") as "name" | "created" | "updated",
    descending: sort.startsWith("-"),
    limit: query.limit ?? 50,
    cursor: query.cursor,
  });
}

export async function listTags(ctx: ServiceContext): Promise<{ name: string; contactCount: number }[]> {
  return ctx.repos.tags.listWithCounts();
}

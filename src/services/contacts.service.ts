import type { Kysely } from "kysely";
import type { Contact } from "../core/contact.js";
import { NotFoundError, ValidationError } from "../core/errors.js";
import type { Page } from "../core/page.js";
import { blankToNull, searchTerms } from "../core/text.js";
import {
  type ContactRowValues,
  contactExists,
  findContact,
  insertContact,
  listContacts as listContactRows,
  updateContactRow,
} from "../db/contacts.repository.js";
import { newId } from "../db/ids.js";
import { findOrCreateOrganization } from "../db/organizations.repository.js";
import type { Database } from "../db/schema.js";
import { ensureTags, listTagsWithCounts, setContactTags } from "../db/tags.repository.js";
import {
  checkedProfileUrl,
  checkedSource,
  checkedTimeZone,
  distinct,
  searchColumns,
} from "./contact-values.js";
import { ContactCreateInput, ContactListQuery, ContactUpdateInput } from "./contacts.input.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

async function organizationFor(
  db: Kysely<Database>,
  ownerId: string,
  name: string | null | undefined,
  now: string,
): Promise<{ id: string; name: string } | null | undefined> {
  if (name === undefined) return undefined;
  const trimmed = blankToNull(name);
  return trimmed === null ? null : findOrCreateOrganization(db, ownerId, trimmed, now);
}

async function checkIntroducer(
  ctx: ServiceContext,
  id: string | null | undefined,
  self?: string,
): Promise<void> {
  if (id === undefined || id === null) return;
  if (id === self)
    throw new ValidationError("introducedById: a contact cannot introduce themselves.", "introducedById");
  if (!(await contactExists(ctx.db.kysely, ctx.user.id, id))) {
    throw new ValidationError(`introducedById: no contact with id ${id}.`, "introducedById");
  }
}

export async function createContact(ctx: ServiceContext, raw: ContactCreateInput): Promise<Contact> {
  const input = parseInput(ContactCreateInput, raw);
  const now = nowIso(ctx);
  const ownerId = ctx.user.id;
  const source = checkedSource(input.source) ?? null;
  const timeZone = checkedTimeZone(input.timeZone) ?? null;
  const linkedinUrl = checkedProfileUrl(input.linkedinUrl) ?? null;
  await checkIntroducer(ctx, input.introducedById);
  const id = newId();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const organization = await organizationFor(trx, ownerId, input.organization, now);
    const emails = distinct(input.emails ?? []);
    const base = {
      first_name: input.firstName,
      last_name: input.lastName ?? "",
      emails,
      title: blankToNull(input.title),
      location: blankToNull(input.location),
      organization: organization?.name ?? null,
    };
    const values: ContactRowValues = {
      first_name: base.first_name,
      last_name: base.last_name,
      emails: JSON.stringify(emails),
      phones: JSON.stringify(distinct(input.phones ?? [], (p) => p.replace(/[^0-9+x]/gi, ""))),
      linkedin_url: linkedinUrl,
      organization_id: organization?.id ?? null,
      title: base.title,
      location: base.location,
      time_zone: timeZone,
      source,
      source_detail: blankToNull(input.sourceDetail),
      introduced_by_id: input.introducedById ?? null,
      may_mention_introducer: input.mayMentionIntroducer == null ? null : input.mayMentionIntroducer ? 1 : 0,
      relationship_strength: input.relationshipStrength ?? "new",
      needs: input.needs ?? "",
      notes: input.notes ?? "",
      last_touch_at: null,
      next_touch_at: input.nextTouchAt ? new Date(input.nextTouchAt).toISOString() : null,
      stay_in_touch_days: input.stayInTouchDays ?? null,
      archived_at: null,
      ...searchColumns(base),
    };
    await insertContact(trx, ownerId, id, values, now);
    await setContactTags(trx, ownerId, id, await ensureTags(trx, ownerId, input.tags ?? [], now));
  });
  return getContact(ctx, id);
}

export async function getContact(ctx: ServiceContext, id: string): Promise<Contact> {
  const contact = await findContact(ctx.db.kysely, ctx.user.id, id);
  if (!contact) throw new NotFoundError("contact", id);
  return contact;
}

export async function updateContact(
  ctx: ServiceContext,
  id: string,
  raw: ContactUpdateInput,
): Promise<Contact> {
  const input = parseInput(ContactUpdateInput, raw);
  const now = nowIso(ctx);
  const ownerId = ctx.user.id;
  const current = await getContact(ctx, id);
  const source = checkedSource(input.source);
  const timeZone = checkedTimeZone(input.timeZone);
  const linkedinUrl = checkedProfileUrl(input.linkedinUrl);
  await checkIntroducer(ctx, input.introducedById, id);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const organization = await organizationFor(trx, ownerId, input.organization, now);
    const emails = input.emails === undefined ? current.emails : distinct(input.emails);
    const base = {
      first_name: input.firstName ?? current.firstName,
      last_name: input.lastName ?? current.lastName,
      emails,
      title: input.title === undefined ? current.title : blankToNull(input.title),
      location: input.location === undefined ? current.location : blankToNull(input.location),
      organization: organization === undefined ? current.organization : (organization?.name ?? null),
    };
    const patch: Partial<ContactRowValues> = {
      first_name: base.first_name,
      last_name: base.last_name,
      emails: JSON.stringify(emails),
      title: base.title,
      location: base.location,
      ...searchColumns(base),
    };
    if (input.phones !== undefined)
      patch.phones = JSON.stringify(distinct(input.phones, (p) => p.replace(/[^0-9+x]/gi, "")));
    if (linkedinUrl !== undefined) patch.linkedin_url = linkedinUrl;
    if (organization !== undefined) patch.organization_id = organization?.id ?? null;
    if (timeZone !== undefined) patch.time_zone = timeZone;
    if (source !== undefined) patch.source = source;
    if (input.sourceDetail !== undefined) patch.source_detail = blankToNull(input.sourceDetail);
    if (input.introducedById !== undefined) patch.introduced_by_id = input.introducedById;
    if (input.mayMentionIntroducer !== undefined) {
      patch.may_mention_introducer =
        input.mayMentionIntroducer === null ? null : input.mayMentionIntroducer ? 1 : 0;
    }
    if (input.relationshipStrength !== undefined) patch.relationship_strength = input.relationshipStrength;
    if (input.needs !== undefined) patch.needs = input.needs;
    if (input.notes !== undefined) patch.notes = input.notes;
    if (input.stayInTouchDays !== undefined) patch.stay_in_touch_days = input.stayInTouchDays;
    if (input.nextTouchAt !== undefined) {
      patch.next_touch_at = input.nextTouchAt === null ? null : new Date(input.nextTouchAt).toISOString();
    }
    await updateContactRow(trx, ownerId, id, patch, now);
    if (input.tags !== undefined) {
      await setContactTags(trx, ownerId, id, await ensureTags(trx, ownerId, input.tags, now));
    }
  });
  return getContact(ctx, id);
}

async function setArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<Contact> {
  const current = await getContact(ctx, id);
  if (current.archived === archived) return current;
  const now = nowIso(ctx);
  await updateContactRow(ctx.db.kysely, ctx.user.id, id, { archived_at: archived ? now : null }, now);
  return getContact(ctx, id);
}

export const archiveContact = (ctx: ServiceContext, id: string) => setArchived(ctx, id, true);
export const restoreContact = (ctx: ServiceContext, id: string) => setArchived(ctx, id, false);

export async function listContacts(ctx: ServiceContext, raw: ContactListQuery): Promise<Page<Contact>> {
  const query = parseInput(ContactListQuery, raw);
  const sort = query.sort ?? "name";
  const source = query.source === undefined ? undefined : (checkedSource(query.source) ?? undefined);
  return listContactRows(ctx.db.kysely, ctx.user.id, {
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
  return listTagsWithCounts(ctx.db.kysely, ctx.user.id);
}

import { Command, Option } from "commander";
import {
  CONTACT_SORTS,
  ContactCreateInput,
  ContactListQuery,
  ContactUpdateInput,
} from "../core/contact.schema.js";
import { CONTACT_SOURCES, RELATIONSHIP_STRENGTHS } from "../core/contact-fields.js";
import { ValidationError } from "../core/errors.js";
import type { Page } from "../core/page.js";
import { parseInput } from "../services/errors.js";
import { contactDetails, contactLine, printJson, stdout, table } from "./output.js";
import { withData } from "./session.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The most contacts the service gives in one page; the CLI asks for as many pages as it needs. */
const PAGE_LIMIT = 500;

function wholeLimit(text: string): number {
  const limit = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(limit) || limit < 1) {
    throw new ValidationError(`--limit: "${text}" is not a whole number of at least 1.`, "limit");
  }
  return limit;
}

/**
 * Up to `wanted` items, read page by page from the first cursor on: the items, the cursor after the
 * last one shown (null when nothing is left) and the total.
 */
export async function everyPage<T>(
  wanted: number,
  read: (limit: number, cursor: string | undefined) => Promise<Page<T>>,
  cursor?: string,
): Promise<Page<T>> {
  const first = await read(Math.min(wanted, PAGE_LIMIT), cursor);
  const items = [...first.items];
  let next = first.nextCursor;
  while (next && items.length < wanted) {
    const page = await read(Math.min(wanted - items.length, PAGE_LIMIT), next);
    items.push(...page.items);
    next = page.nextCursor;
  }
  return { ...first, items, nextCursor: next };
}

interface FieldOptions {
  firstName?: string;
  lastName?: string;
  email?: string[];
  phone?: string[];
  linkedin?: string;
  org?: string;
  title?: string;
  location?: string;
  timeZone?: string;
  source?: string;
  sourceDetail?: string;
  relationship?: string;
  tag?: string[];
  needs?: string;
  notes?: string;
  json?: boolean;
}

function withFieldOptions(command: Command): Command {
  return command
    .option("--first-name <name>", "first name")
    .option("--last-name <name>", "last name")
    .option("--email <address>", "e-mail address (repeat for several)", collect)
    .option("--phone <number>", "phone number (repeat for several)", collect)
    .option("--linkedin <url>", "LinkedIn profile address")
    .option("--org <name>", "organisation name (matched or created)")
    .option("--title <title>", "role or job title")
    .option("--location <place>", "city or region")
    .option("--time-zone <zone>", "IANA time zone, e.g. America/New_York")
    .addOption(new Option("--source <source>", "how you found them").choices([...CONTACT_SOURCES]))
    .option("--source-detail <text>", "more about how you found them")
    .addOption(
      new Option("--relationship <strength>", "how well you know them").choices([...RELATIONSHIP_STRENGTHS]),
    )
    .option("--tag <tag>", "expertise or topic tag (repeat for several)", collect)
    .option("--needs <text>", "what they need: how you could help them")
    .option("--notes <text>", "notes")
    .option("--json", "print JSON");
}

/** The fields a person gave on the command line, in the API's names; unset ones are left out. */
function fieldsFrom(options: FieldOptions): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    firstName: options.firstName,
    lastName: options.lastName,
    emails: options.email,
    phones: options.phone,
    linkedinUrl: options.linkedin,
    organization: options.org,
    title: options.title,
    location: options.location,
    timeZone: options.timeZone,
    source: options.source,
    sourceDetail: options.sourceDetail,
    relationshipStrength: options.relationship,
    tags: options.tag,
    needs: options.needs,
    notes: options.notes,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export function contactsCommand(): Command {
  const contacts = new Command("contacts").description("people in your network");

  withFieldOptions(
    contacts
      .command("add")
      .description("add a contact")
      .argument("[name...]", 'their name, e.g. "Ada Lovelace" (or use --first-name/--last-name)'),
  ).action(async (name: string[], options: FieldOptions) => {
    const [first, ...rest] = name;
    const input = parseInput(ContactCreateInput, {
      firstName: first,
      lastName: rest.length > 0 ? rest.join(" ") : undefined,
      ...fieldsFrom(options),
    });
    const contact = await withData((data) => data.createContact(input));
    const out = stdout(Boolean(options.json));
    if (out.json) printJson(out, contact);
    else out.write(`Added ${contactLine(contact)}\nid: ${contact.id}`);
  });

  contacts
    .command("list")
    .description("list contacts, optionally searched and filtered")
    .option("-q, --search <words>", "words in names, e-mails, title, organisation")
    .option("--tag <tag>", "only contacts with this tag")
    .addOption(new Option("--source <source>", "only contacts found this way").choices([...CONTACT_SOURCES]))
    .option("--org-id <id>", "only contacts at this organisation")
    .option("--archived", "only archived contacts")
    .option("--all", "every contact, active and archived, all of them unless --limit is given")
    .addOption(new Option("--sort <order>", "sort order").choices([...CONTACT_SORTS]).default("name"))
    .option("--limit <n>", "how many to show (50 unless --all; any number, fetched page by page)")
    .option("--cursor <cursor>", "continue after a previous page (see nextCursor)")
    .option("--json", "print JSON: { items, nextCursor, total }")
    .action(async (options) => {
      const wanted = options.limit === undefined ? (options.all ? Infinity : 50) : wholeLimit(options.limit);
      const query = parseInput(ContactListQuery, {
        q: options.search,
        tag: options.tag,
        source: options.source,
        organizationId: options.orgId,
        archived: options.all ? "all" : options.archived ? "true" : "false",
        sort: options.sort,
        cursor: options.cursor,
      });
      const page = await withData((data) =>
        everyPage(wanted, (limit, cursor) => data.listContacts({ ...query, limit, cursor }), query.cursor),
      );
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, page);
      if (page.items.length === 0) return out.write("No contacts match.");
      const rows = page.items.map((c) => [
        c.fullName,
        c.title ?? "",
        c.organization ?? "",
        c.emails[0] ?? "",
        c.id,
      ]);
      out.write(table(["Name", "Title", "Organisation", "E-mail", "Id"], rows));
      const more = page.nextCursor ? ` (more: --cursor ${page.nextCursor})` : "";
      out.write(`${page.items.length} of ${page.total} shown${more}`);
    });

  contacts
    .command("show")
    .description("show one contact")
    .argument("<id>", "the contact's id")
    .option("--json", "print JSON")
    .action(async (id: string, options: { json?: boolean }) => {
      const contact = await withData((data) => data.getContact(id));
      const out = stdout(Boolean(options.json));
      if (out.json) printJson(out, contact);
      else out.write(contactDetails(contact));
    });

  withFieldOptions(
    contacts
      .command("edit")
      .description('change a contact; give only what changes ("" clears a field, --tag replaces the tags)')
      .argument("<id>", "the contact's id"),
  ).action(async (id: string, options: FieldOptions) => {
    const input = parseInput(ContactUpdateInput, fieldsFrom(options));
    const contact = await withData((data) => data.updateContact(id, input));
    const out = stdout(Boolean(options.json));
    if (out.json) printJson(out, contact);
    else out.write(`Saved ${contactLine(contact)}`);
  });

  for (const [verb, action, done] of [
    ["archive", "archiveContact", "Archived"],
    ["restore", "restoreContact", "Restored"],
  ] as const) {
    contacts
      .command(verb)
      .description(
        verb === "archive" ? "archive a contact (kept, hidden from lists)" : "bring an archived contact back",
      )
      .argument("<id>", "the contact's id")
      .option("--json", "print JSON")
      .action(async (id: string, options: { json?: boolean }) => {
        const contact = await withData((data) => data[action](id));
        const out = stdout(Boolean(options.json));
        if (out.json) printJson(out, contact);
        else out.write(`${done} ${contactLine(contact)}`);
      });
  }
  return contacts;
}

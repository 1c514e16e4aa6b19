// The columns of a Google Contacts CSV, current ("First Name", "Labels") or legacy ("Given Name",
// "Group Membership"), with their numbered groups ("E-mail 2 - Value") of any count.
import { searchKey } from "../core/text.js";

export interface GoogleColumns {
  legacy: boolean;
  /** Column positions by lower-case, accent-free title ("first name", "notes"). */
  named: Map<string, number>;
  emails: number[];
  phones: number[];
  websites: number[];
  /** Per numbered organisation (legacy) or the single current pair. */
  organizations: Array<{ name?: number; title?: number }>;
  /** Per numbered address. */
  addresses: Array<Partial<Record<AddressPart, number>>>;
}

export type AddressPart = "city" | "region" | "country" | "street" | "formatted";

const GROUP = /^(e-mail|phone|website|organization|address) (\d+) - (\w+)$/;

/** Reads a header row as a Google Contacts export; null when it is not one. */
export function matchGoogleHeader(cells: readonly string[]): GoogleColumns | null {
  const columns: GoogleColumns = {
    legacy: false,
    named: new Map(),
    emails: [],
    phones: [],
    websites: [],
    organizations: [],
    addresses: [],
  };
  const organizations = new Map<number, { name?: number; title?: number }>();
  const addresses = new Map<number, Partial<Record<AddressPart, number>>>();
  cells.forEach((cell, at) => {
    const key = searchKey(cell);
    if (!columns.named.has(key)) columns.named.set(key, at);
    const group = key.match(GROUP);
    if (!group) return;
    const [, kind, n, part] = group as unknown as [string, string, string, string];
    if (part === "value" && kind === "e-mail") columns.emails.push(at);
    else if (part === "value" && kind === "phone") columns.phones.push(at);
    else if (part === "value" && kind === "website") columns.websites.push(at);
    else if (kind === "organization" && (part === "name" || part === "title")) {
      organizations.set(Number(n), { ...organizations.get(Number(n)), [part]: at });
    } else if (kind === "address" && ["city", "region", "country", "street", "formatted"].includes(part)) {
      addresses.set(Number(n), { ...addresses.get(Number(n)), [part]: at });
    }
  });
  const has = (title: string) => columns.named.has(title);
  // Outlook's CSV shares First/Middle/Last Name but keeps e-mails in "E-mail Address": not ours to read.
  if (has("e-mail address") || has("job title") || has("business phone")) return null;
  columns.organizations = [...organizations].sort(([a], [b]) => a - b).map(([, org]) => org);
  columns.addresses = [...addresses].sort(([a], [b]) => a - b).map(([, address]) => address);
  if (has("organization name") || has("organization title")) {
    columns.organizations.unshift({
      name: columns.named.get("organization name"),
      title: columns.named.get("organization title"),
    });
  }
  if (has("given name") && has("family name")) return { ...columns, legacy: true };
  const googleOnly = [
    "middle name",
    "file as",
    "labels",
    "organization name",
    "name prefix",
    "phonetic first name",
  ];
  const current = has("first name") && has("last name");
  if (current && (googleOnly.some(has) || columns.emails.length > 0 || columns.phones.length > 0))
    return columns;
  return null;
}

/** The values of a cell: Google puts several in one cell separated by " ::: ". */
export function multiValues(cell: string | undefined): string[] {
  return (cell ?? "")
    .split(":::")
    .map((value) => value.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** Values with duplicates removed, compared by `key`; the first spelling is kept. */
export function distinctBy(values: string[], key: (value: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Compares phone numbers by their digits (and a leading +): "+49 30 1234" equals "+49301234". */
export const phoneKey = (phone: string) => phone.replace(/(?!^\+)\D/g, "");

// Writing contacts as a vCard 3.0 or 4.0 file (UTF-8, CRLF, folded at 75 octets) for address books.
import { type Contact, fullName } from "../core/contact.js";
import { X } from "./vcard-coffeechat.js";
import { escapeText, foldLine, structured } from "./vcard-format.js";

export interface VCardWriteOptions {
  version: "4.0" | "3.0";
  /** The REV of every card (the export time); each contact's updatedAt when not given. */
  now?: Date;
}

/** One card per contact, in order; an empty string for no contacts. */
export function contactsToVCard(contacts: readonly Contact[], options: VCardWriteOptions): string {
  return contacts.map((contact) => contactCard(contact, options)).join("");
}

function contactCard(contact: Contact, options: VCardWriteOptions): string {
  const v3 = options.version === "3.0";
  const lines = [
    "BEGIN:VCARD",
    `VERSION:${options.version}`,
    "PRODID:-//coffeechat//coffeechat//EN",
    `UID:${uidOf(contact.id)}`,
    `FN:${escapeText(displayName(contact))}`,
    `N:${structured([contact.lastName, contact.firstName, "", "", ""])}`,
    ...contact.emails.map((email, index) => {
      const params = v3 ? `;TYPE=INTERNET${index === 0 ? ";TYPE=PREF" : ""}` : index === 0 ? ";PREF=1" : "";
      return `EMAIL${params}:${escapeText(email)}`;
    }),
    ...contact.phones.map((phone, index) => {
      const params =
        index === 0
          ? v3
            ? ";TYPE=VOICE;TYPE=PREF"
            : ";TYPE=voice;PREF=1"
          : v3
            ? ";TYPE=VOICE"
            : ";TYPE=voice";
      return `TEL${params}:${escapeText(phone)}`;
    }),
    ...(contact.organization ? [`ORG:${structured([contact.organization])}`] : []),
    ...(contact.title ? [`TITLE:${escapeText(contact.title)}`] : []),
    ...linkedinLines(contact.linkedinUrl, v3),
    // The location is free text ("Berlin", "Bay Area"): the address's locality, the place address books show.
    ...(contact.location ? [`ADR:${structured(["", "", "", contact.location, "", "", ""])}`] : []),
    ...noteLines(contact),
    ...(contact.tags.length > 0 ? [`CATEGORIES:${contact.tags.map(escapeText).join(",")}`] : []),
    ...(contact.timeZone
      ? [v3 ? `TZ;VALUE=TEXT:${escapeText(contact.timeZone)}` : `TZ:${escapeText(contact.timeZone)}`]
      : []),
    ...coffeechatLines(contact),
    `REV:${basicUtc(options.now ?? new Date(contact.updatedAt))}`,
    "END:VCARD",
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}

/** FN must not be empty: the name, else the first email, else the organisation. */
function displayName(contact: Contact): string {
  return (
    contact.fullName.trim() ||
    fullName(contact.firstName, contact.lastName) ||
    contact.emails[0] ||
    contact.organization ||
    "Unnamed contact"
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uidOf(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : escapeText(id);
}

/** 3.0 labels the address the way Apple Contacts does ("item1.X-ABLabel:LinkedIn"); 4.0 keeps it plain. */
function linkedinLines(url: string | null, v3: boolean): string[] {
  if (!url) return [];
  return v3 ? [`item1.URL:${url}`, "item1.X-ABLabel:LinkedIn"] : [`URL:${url}`];
}

/** The notes as they are (what they need has a property of its own). */
function noteLines(contact: Contact): string[] {
  return contact.notes.trim() ? [`NOTE:${escapeText(contact.notes)}`] : [];
}

/** What only coffeechat keeps, as X-COFFEECHAT-* properties other address books carry along untouched. */
function coffeechatLines(contact: Contact): string[] {
  const line = (name: string, value: string | number | boolean | null) =>
    value === null || value === "" ? [] : [`${name}:${escapeText(String(value))}`];
  return [
    ...line(X.source, contact.source),
    ...line(X.sourceDetail, contact.sourceDetail),
    ...line(X.relationship, contact.relationshipStrength),
    ...line(X.needs, contact.needs),
    ...line(X.stayInTouchDays, contact.stayInTouchDays),
    ...line(X.introducedBy, contact.introducedById ? uidOf(contact.introducedById) : null),
    ...line(X.mayMention, contact.mayMentionIntroducer),
    ...line(X.lastTouch, contact.lastTouchAt),
    ...line(X.nextTouch, contact.nextTouchAt),
  ];
}

/** "20250314T091500Z": the timestamp form both 3.0 and 4.0 accept. */
function basicUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

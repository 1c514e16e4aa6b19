// LinkedIn's data-export messages.csv as dated touches: one per message and person I talked with.
import { normalizeProfileUrl } from "../core/contact-fields.js";
import { searchKey } from "../core/text.js";
import { type Columns, cellReader, matchColumns } from "./csv-columns.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import { type ImportedInteraction, ImportFormatError } from "./imported.js";
import { parseInvitationDate } from "./linkedin-dates.js";
import { messageText } from "./linkedin-summary.js";

/** Who owns the export. Without it, "me" is whoever takes part in the most conversations. */
export interface LinkedInMe {
  myProfileUrl?: string;
  myName?: string;
}

type Field =
  | "conversation"
  | "from"
  | "fromUrl"
  | "to"
  | "toUrls"
  | "date"
  | "subject"
  | "content"
  | "folder"
  | "draft"
  | "direction";

const TITLES: Record<Field, string[]> = {
  conversation: ["CONVERSATION ID"],
  from: ["FROM"],
  fromUrl: ["SENDER PROFILE URL"],
  to: ["TO"],
  toUrls: ["RECIPIENT PROFILE URLS"],
  date: ["DATE"],
  subject: ["SUBJECT"],
  content: ["CONTENT"],
  folder: ["FOLDER"],
  draft: ["IS MESSAGE DRAFT"],
  direction: ["DIRECTION"],
};

const MISSING_HEADER =
  "No LinkedIn messages header found: expected CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER. Is this the messages.csv of a LinkedIn data export?";

interface Person {
  url: string | null;
  name: string;
}

interface Message {
  line: number;
  conversation: string;
  from: Person;
  to: Person[];
  occurredAt: string;
  summary: string;
  /** Exports of 2018 and earlier say it themselves (INCOMING, OUTGOING) and give no profile addresses. */
  direction: "inbound" | "outbound" | null;
}

const keyOf = (person: Person) => person.url ?? `name:${searchKey(person.name)}`;

/** Reads messages.csv; a message I sent is outbound to each recipient, one sent to me inbound. */
export function parseLinkedInMessages(input: string | Buffer, me: LinkedInMe = {}): ImportedInteraction[] {
  const table = readCsvTable(input, {
    matchHeader: (cells) => matchColumns(cells, TITLES, ["from", "to", "date", "content"]),
    missingHeader: MISSING_HEADER,
  });
  const messages = table.rows.map((row) => toMessage(row, table.header)).filter((m) => m !== null);
  if (messages.length === 0) return [];
  const isMe = messages.every((m) => m.direction !== null) ? () => false : whoIsMe(messages, me);
  const touches: ImportedInteraction[] = [];
  for (const { line, from, to, occurredAt, summary, direction } of messages) {
    const base = { line, occurredAt, kind: "message" as const, summary };
    if (direction === "outbound") {
      for (const person of to)
        touches.push({ ...base, linkedinUrl: person.url, name: person.name, direction });
    } else if (direction === "inbound") {
      touches.push({ ...base, linkedinUrl: from.url, name: from.name, direction });
    } else if (isMe(from)) {
      for (const person of to.filter((p) => !isMe(p))) {
        touches.push({ ...base, linkedinUrl: person.url, name: person.name, direction: "outbound" });
      }
    } else if (to.some(isMe)) {
      touches.push({ ...base, linkedinUrl: from.url, name: from.name, direction: "inbound" });
    }
  }
  return touches;
}

function toMessage({ line, cells }: CsvRow, columns: Columns<Field>): Message | null {
  const cell = cellReader(columns, cells);
  if (/^(yes|true)$/i.test(cell("draft")) || /^(draft|spam)$/i.test(cell("folder"))) return null;
  const occurredAt = parseInvitationDate(cell("date"));
  if (occurredAt === null) {
    throw new ImportFormatError(
      `The DATE "${cell("date")}" is not a date like 2024-03-12 09:15:03 UTC (or 10/16/18, 8:36 AM in older exports).`,
      line,
    );
  }
  const said = cell("direction").toUpperCase();
  const direction = said === "OUTGOING" ? "outbound" : said === "INCOMING" ? "inbound" : null;
  const from = { url: normalizeProfileUrl(cell("fromUrl")), name: cell("from") };
  const to = recipients(cell("to"), cell("toUrls"));
  const summary = messageText(cell("subject"), cells[columns.content ?? -1] ?? "");
  return {
    line,
    conversation: cell("conversation") || [keyOf(from), ...to.map(keyOf)].sort().join(" "),
    from,
    to: to.filter((p) => p.url !== null || p.name !== ""),
    occurredAt,
    summary: summary || "(a message without text)",
    direction,
  };
}

/** The recipients: profile addresses (space or comma separated) paired with the names in TO. */
function recipients(names: string, urls: string): Person[] {
  const addresses = urls.split(/[\s,]+/).filter(Boolean);
  if (addresses.length <= 1) return [{ url: normalizeProfileUrl(addresses[0] ?? ""), name: names }];
  const split = names.split(",").map((name) => name.trim());
  return addresses.map((url, i) => ({
    url: normalizeProfileUrl(url),
    name: split.length === addresses.length ? (split[i] as string) : "",
  }));
}

/** Tells whether a person is the export's owner: as given, or the one in the most conversations. */
function whoIsMe(messages: Message[], me: LinkedInMe): (person: Person) => boolean {
  const url = me.myProfileUrl ? normalizeProfileUrl(me.myProfileUrl) : null;
  const name = me.myName ? searchKey(me.myName) : null;
  if (url !== null || name !== null) {
    return (p) => (url !== null && p.url === url) || (name !== null && searchKey(p.name) === name);
  }
  const conversations = new Map<string, Set<string>>();
  for (const m of messages) {
    for (const person of [m.from, ...m.to]) {
      const seen = conversations.get(keyOf(person)) ?? new Set<string>();
      seen.add(m.conversation);
      conversations.set(keyOf(person), seen);
    }
  }
  const ranked = [...conversations]
    .map(([key, seen]) => [key, seen.size] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second[1] === first[1])) {
    throw new ImportFormatError(
      "Cannot tell whose messages these are: no one takes part in more conversations than everyone else. Say who you are with your LinkedIn profile address or name (the CLI's --me, or ?me= in the API).",
    );
  }
  return (p) => keyOf(p) === first[0];
}

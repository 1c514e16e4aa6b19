// The date and time forms found in LinkedIn exports, in English, German and French.
import { searchKey } from "../core/text.js";

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ["jan", "january", "januar", "janv", "janvier", "jän", "jänner"],
  ["feb", "february", "februar", "fev", "fevr", "fevrier"],
  ["mar", "march", "marz", "mrz", "mars"],
  ["apr", "april", "avr", "avril"],
  ["may", "mai"],
  ["jun", "june", "juni", "juin"],
  ["jul", "july", "juli", "juil", "juillet"],
  ["aug", "august", "aou", "aout"],
  ["sep", "sept", "september", "septembre"],
  ["oct", "october", "okt", "oktober", "octobre"],
  ["nov", "november", "novembre"],
  ["dec", "december", "dez", "dezember", "decembre"],
];
for (const [index, names] of MONTH_NAMES.entries())
  for (const name of names) MONTHS[searchKey(name)] = index + 1;

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/**
 * A "Connected On" date as "YYYY-MM-DD", or null when unreadable. Accepts "12 Mar 2024",
 * "12. März 2024", "12 mars 2024", "12.03.2024", "2024-03-12", "Mar 12, 2024" and "3/12/24" (US).
 */
export function parseConnectedOn(text: string): string | null {
  // Exports of 2018 and earlier add the time: "1/8/18, 6:14 PM".
  const value = text
    .trim()
    .replace(/,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s*(?:UTC|GMT|Z))?$/i, "");
  let m = value.match(/^(\d{1,2})\.?\s*[- ]\s*([\p{L}.]+)\s*[- ]\s*(\d{4}|\d{2})$/u);
  if (m) return isoDate(fullYear(m[3] as string), monthNumber(m[2] as string), Number(m[1]));
  m = value.match(/^([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})$/u);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1] as string), Number(m[2]));
  m = value.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/);
  if (m) return isoDate(fullYear(m[3] as string), Number(m[2]), Number(m[1]));
  m = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/);
  if (m) return isoDate(fullYear(m[3] as string), Number(m[1]), Number(m[2]));
  return null;
}

function monthNumber(name: string): number {
  return MONTHS[searchKey(name).replace(/\.$/, "")] ?? 0;
}

function isoTime(date: string | null, hour: number, minute: number, second: number): string | null {
  if (date === null || hour > 23 || minute > 59 || second > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}.000Z`;
}

/** A messages.csv DATE ("2024-03-12 09:15:03 UTC") as an ISO-8601 UTC time, or null. */
export function parseMessageDate(text: string): string | null {
  const m = text
    .trim()
    .match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|Z|GMT)?$/i);
  if (!m) return null;
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoTime(date, Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/**
 * An Invitations.csv "Sent At" ("3/12/24, 9:15 AM", month first, taken as UTC like the rest of
 * the export) as an ISO-8601 UTC time, or null. Also accepts the messages.csv form.
 */
export function parseInvitationDate(text: string): string | null {
  const m = text
    .trim()
    .match(/^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?$/i);
  if (!m) return parseMessageDate(text);
  let hour = Number(m[4]);
  const meridiem = m[7]?.replace(/\./g, "").toUpperCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "PM" ? 12 : 0);
  }
  const date = isoDate(fullYear(m[3] as string), Number(m[1]), Number(m[2]));
  return isoTime(date, hour, Number(m[5]), Number(m[6] ?? 0));
}

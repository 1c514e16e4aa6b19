// Small rules for what comes out of a conversation: when a promise is due, how a need is noted,
// and how I am connected to someone, in words.
import { DateTime } from "luxon";
import type { ContactSource } from "./contact-fields.js";
import { SOURCE_LABELS } from "./contact-fields.js";
import { blankToNull } from "./text.js";

/** A promise with no date is due tomorrow at 17:00 in my time zone: soon, while it is fresh. */
export function promiseDueAt(now: Date, zone: string): string {
  const local = DateTime.fromJSDate(now, { zone });
  const base = local.isValid ? local : DateTime.fromJSDate(now, { zone: "UTC" });
  return (
    base.plus({ days: 1 }).set({ hour: 17, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO() ??
    now.toISOString()
  );
}

/** Adds a need on a new line, dated ("2026-11-25: looking for a data engineer"). */
export function appendNeed(current: string, text: string, now: Date, zone: string): string {
  const day = DateTime.fromJSDate(now, { zone }).toISODate() ?? now.toISOString().slice(0, 10);
  const line = `${day}: ${text.replace(/\s+/g, " ").trim()}`;
  const before = current.trimEnd();
  return before === "" ? line : `${before}\n${line}`;
}

/**
 * How I am connected to someone, in words: who introduced us (and whether I may say so), else
 * how I found them.
 */
export function howConnected(contact: {
  introducerName: string | null;
  mayMentionIntroducer: boolean | null;
  source: string | null;
  sourceDetail: string | null;
}): string | null {
  const introducer = blankToNull(contact.introducerName);
  if (introducer) {
    const mention =
      contact.mayMentionIntroducer === true
        ? "; you may mention their name"
        : contact.mayMentionIntroducer === false
          ? "; keep their name out of it unless you ask first"
          : "";
    return `Introduced by ${introducer}${mention}`;
  }
  const detail = blankToNull(contact.sourceDetail);
  const label =
    contact.source && contact.source in SOURCE_LABELS ? SOURCE_LABELS[contact.source as ContactSource] : null;
  if (label && detail) return `${label}: ${detail}`;
  return label ?? detail;
}

// Outreach rules both the server and the web app apply: the {{placeholder}} syntax, LinkedIn's
// length limit for a connection note, and what an e-mail needs before coffeechat may send it.

/** LinkedIn's limit for a connection note, in characters. */
export const LINKEDIN_NOTE_LIMIT = 300;

/** A scheduled time this far in the past still counts as "now" (clocks and typing take a moment). */
export const SEND_AT_GRACE_MS = 60_000;

/** `{{name}}`, spaces allowed inside the braces; a new expression each call (it is global, so stateful). */
export function placeholderPattern(): RegExp {
  return /\{\{\s*([^{}\s][^{}\n]*?)\s*\}\}/g;
}

/** The placeholders a text still holds, unique, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(placeholderPattern()), (match) => match[1] ?? ""))];
}

/** Fills the `{{name}}` placeholders of a text with the values given (empty values leave them). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(placeholderPattern(), (placeholder, name: string) => {
    const value = values[name]?.trim();
    return value ? value : placeholder;
  });
}

/** Characters as LinkedIn counts them (an emoji counts once), of the trimmed text. */
export function noteLength(text: string): number {
  return [...text.trim()].length;
}

/** What an e-mail lacks before it can be sent: its text, its subject, an address to send it to. */
export type SendGap = "body" | "subject" | "to";

/** The gaps of an e-mail to send, in the order the server reports them; empty when it may go. */
export function sendGaps(mail: {
  subject?: string | null | undefined;
  body?: string | null | undefined;
  to?: string | null | undefined;
}): SendGap[] {
  const gaps: SendGap[] = [];
  if (!mail.body?.trim()) gaps.push("body");
  if (!mail.subject?.trim()) gaps.push("subject");
  if (!mail.to) gaps.push("to");
  return gaps;
}

/** Why a time cannot be a sending time: none given, or already past (beyond the grace); null when fine. */
export function sendAtGap(sendAt: string | null | undefined, now: Date): "missing" | "past" | null {
  if (!sendAt) return "missing";
  return new Date(sendAt).getTime() < now.getTime() - SEND_AT_GRACE_MS ? "past" : null;
}

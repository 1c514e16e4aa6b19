// Notes as Markdown: one section a person, with the conversations had with them.
import { DateTime } from "luxon";
import type { Contact } from "../core/contact.js";
import type { Conversation } from "../core/conversation.js";
import { STAGE_LABELS } from "../core/stages.js";

function block(title: string, text: string): string[] {
  return text.trim() ? [`**${title}**`, "", text.trim(), ""] : [];
}

function when(iso: string | null, zone: string): string {
  return iso ? DateTime.fromISO(iso, { zone }).toFormat("d LLLL yyyy, HH:mm") : "not scheduled";
}

export function notesToMarkdown(input: {
  contacts: readonly Contact[];
  conversations: readonly Conversation[];
  zone: string;
  exportedAt: Date;
}): string {
  const byContact = conversationsByContact(input.conversations);
  const text = notesHead(input.zone, input.exportedAt) + notesSections(input.contacts, byContact, input.zone);
  return `${text.trimEnd()}\n`;
}

/** Each contact's conversations, by contact id. */
export function conversationsByContact(conversations: readonly Conversation[]): Map<string, Conversation[]> {
  const byContact = new Map<string, Conversation[]>();
  for (const c of conversations) {
    const list = byContact.get(c.contactId);
    if (list) list.push(c);
    else byContact.set(c.contactId, [c]);
  }
  return byContact;
}

/** The title and date of the notes. */
export function notesHead(zone: string, exportedAt: Date): string {
  const exported = DateTime.fromJSDate(exportedAt, { zone }).toFormat("d LLLL yyyy");
  return ["# coffeechat notes", "", `Exported ${exported}.`, "", ""].join("\n");
}

/** The sections of some contacts, each line ended: what follows the head, a page at a time. */
export function notesSections(
  contacts: readonly Contact[],
  byContact: ReadonlyMap<string, readonly Conversation[]>,
  zone: string,
): string {
  const lines: string[] = [];
  for (const contact of contacts) {
    const work = [contact.title, contact.organization].filter(Boolean).join(", ");
    lines.push(`## ${contact.fullName}`, "");
    if (work) lines.push(`_${work}_`, "");
    if (contact.tags.length > 0) lines.push(`Tags: ${contact.tags.join(", ")}`, "");
    lines.push(...block("Notes", contact.notes), ...block("Their needs, how I can help", contact.needs));
    for (const conversation of byContact.get(contact.id) ?? []) {
      lines.push(
        `### Conversation: ${when(conversation.scheduledAt, zone)} (${STAGE_LABELS[conversation.stage]})`,
        "",
      );
      lines.push(
        ...block("Preparation", conversation.prep),
        ...block("Notes", conversation.notes),
        ...block("Insights", conversation.insights),
      );
    }
  }
  return lines.map((line) => `${line}\n`).join("");
}

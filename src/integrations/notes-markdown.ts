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
  const byContact = new Map<string, Conversation[]>();
  for (const c of input.conversations) byContact.set(c.contactId, [...(byContact.get(c.contactId) ?? []), c]);
  const lines = [
    `# coffeechat notes`,
    "",
    `Exported ${DateTime.fromJSDate(input.exportedAt, { zone: input.zone }).toFormat("d LLLL yyyy")}.`,
    "",
  ];
  for (const contact of input.contacts) {
    const work = [contact.title, contact.organization].filter(Boolean).join(", ");
    lines.push(`## ${contact.fullName}`, "");
    if (work) lines.push(`_${work}_`, "");
    if (contact.tags.length > 0) lines.push(`Tags: ${contact.tags.join(", ")}`, "");
    lines.push(...block("Notes", contact.notes), ...block("Their needs, how I can help", contact.needs));
    for (const conversation of byContact.get(contact.id) ?? []) {
      lines.push(
        `### Conversation: ${when(conversation.scheduledAt, input.zone)} (${STAGE_LABELS[conversation.stage]})`,
        "",
      );
      lines.push(
        ...block("Preparation", conversation.prep),
        ...block("Notes", conversation.notes),
        ...block("Insights", conversation.insights),
      );
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

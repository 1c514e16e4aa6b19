// How the CLI speaks: JSON for scripts, short readable text for people.
import type { Contact } from "../core/contact.js";
import { RELATIONSHIP_LABELS, SOURCE_LABELS } from "../core/contact-fields.js";

export interface Output {
  json: boolean;
  write(text: string): void;
}

export function stdout(json: boolean): Output {
  return { json, write: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`) };
}

export function printJson(out: Output, value: unknown): void {
  out.write(JSON.stringify(value, null, 2));
}

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** A plain table with a header, columns sized to their content up to a limit. */
export function table(headers: string[], rows: string[][], maxWidth = 40): string {
  const widths = headers.map((header, i) =>
    Math.min(maxWidth, Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 10))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function contactLine(contact: Contact): string {
  const work = [contact.title, contact.organization].filter(Boolean).join(" at ");
  return work ? `${contact.fullName} (${work})` : contact.fullName;
}

export function contactDetails(contact: Contact): string {
  const rows: [string, string | null | undefined][] = [
    ["Name", contact.fullName],
    ["Title", contact.title],
    ["Organisation", contact.organization],
    ["E-mails", contact.emails.join(", ")],
    ["Phones", contact.phones.join(", ")],
    ["LinkedIn", contact.linkedinUrl],
    ["Location", contact.location],
    ["Time zone", contact.timeZone],
    ["Source", contact.source ? SOURCE_LABELS[contact.source] : null],
    ["Relationship", RELATIONSHIP_LABELS[contact.relationshipStrength]],
    ["Tags", contact.tags.join(", ")],
    ["Needs", contact.needs],
    ["Notes", contact.notes],
    ["Status", contact.archived ? `archived on ${contact.archivedAt?.slice(0, 10)}` : "active"],
    ["Id", contact.id],
  ];
  return rows
    .filter(([, value]) => value)
    .map(
      ([label, value]) => `${`${label}:`.padEnd(14)}${String(value).replace(/\n/g, `\n${" ".repeat(14)}`)}`,
    )
    .join("\n");
}

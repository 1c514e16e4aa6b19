// LinkedIn's data-export Invitations.csv as dated touches: invitations to connect, sent or received.
import { normalizeProfileUrl } from "../core/contact-fields.js";
import { type Columns, cellReader, matchColumns } from "./csv-columns.js";
import { type CsvRow, readCsvTable } from "./csv-table.js";
import { type ImportedInteraction, ImportFormatError } from "./imported.js";
import { parseInvitationDate } from "./linkedin-dates.js";
import { summarize } from "./linkedin-summary.js";

type Field = "from" | "to" | "sentAt" | "message" | "direction" | "inviterUrl" | "inviteeUrl";

const TITLES: Record<Field, string[]> = {
  from: ["From"],
  to: ["To"],
  sentAt: ["Sent At"],
  message: ["Message"],
  direction: ["Direction"],
  inviterUrl: ["inviterProfileUrl"],
  inviteeUrl: ["inviteeProfileUrl"],
};

const MISSING_HEADER =
  "No LinkedIn invitations header found: expected From, To, Sent At, Message, Direction, inviterProfileUrl, inviteeProfileUrl. Is this the Invitations.csv of a LinkedIn data export?";

/** Reads Invitations.csv: OUTGOING is an outbound touch with the invitee, INCOMING inbound from the inviter. */
export function parseLinkedInInvitations(input: string | Buffer): ImportedInteraction[] {
  const table = readCsvTable(input, {
    matchHeader: (cells) => matchColumns(cells, TITLES, ["from", "to", "sentAt", "direction"]),
    missingHeader: MISSING_HEADER,
  });
  return table.rows.map((row) => toInteraction(row, table.header));
}

function toInteraction({ line, cells }: CsvRow, columns: Columns<Field>): ImportedInteraction {
  const cell = cellReader(columns, cells);
  const direction = cell("direction").toUpperCase();
  if (direction !== "OUTGOING" && direction !== "INCOMING") {
    throw new ImportFormatError(
      `The Direction "${cell("direction")}" is neither OUTGOING nor INCOMING.`,
      line,
    );
  }
  const occurredAt = parseInvitationDate(cell("sentAt"));
  if (occurredAt === null) {
    throw new ImportFormatError(`The Sent At "${cell("sentAt")}" is not a time like 3/12/24, 9:15 AM.`, line);
  }
  const outgoing = direction === "OUTGOING";
  const name = outgoing ? cell("to") : cell("from");
  const linkedinUrl = normalizeProfileUrl(outgoing ? cell("inviteeUrl") : cell("inviterUrl"));
  if (name === "" && linkedinUrl === null) {
    throw new ImportFormatError(`This invitation names no one ${outgoing ? "in To" : "in From"}.`, line);
  }
  return {
    line,
    linkedinUrl,
    name,
    occurredAt,
    direction: outgoing ? "outbound" : "inbound",
    kind: "invitation",
    summary: cell("message") === "" ? "Invitation to connect" : summarize(cell("message")),
  };
}

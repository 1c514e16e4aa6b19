// What every importer produces: plain records with the line they came from, ready for the
// import service to preview (new, updated, unchanged, possible duplicates) and apply at once.
import type { ContactSource } from "../core/contact-fields.js";
import type { IncomingPerson } from "../core/import-plan.js";

/** One person read from a file: the fields an import can bring, and where they came from. */
export interface ImportedContact extends IncomingPerson {
  /** When we became connected (LinkedIn "Connected On"), ISO date "YYYY-MM-DD". */
  connectedOn: string | null;
  source: ContactSource | null;
  /** What the file had that we did not keep, in words ("a photo"), to tell the user. */
  dropped: string[];
  /** What only our own export carries (X-COFFEECHAT-*): written when the person is added. */
  extra?: ContactExtras;
}

/** Contact fields that only coffeechat's own vCards carry, restored when the person is added. */
export interface ContactExtras {
  mayMentionIntroducer?: boolean | null;
  /** The coffeechat id (UID) of who introduced them, in the same file or already here. */
  introducedBy?: string | null;
  lastTouchAt?: string | null;
  nextTouchAt?: string | null;
}

/** A dated touch read from a file (LinkedIn messages.csv, Invitations.csv). */
export interface ImportedInteraction {
  line: number;
  /** Who it was with: their profile address if the file gives it, and their name. */
  linkedinUrl: string | null;
  name: string;
  /** ISO-8601 UTC time. */
  occurredAt: string;
  /** outbound: I reached out; inbound: they did. */
  direction: "outbound" | "inbound";
  kind: "message" | "invitation";
  summary: string;
}

/** A file that cannot be read; `line` names where (1-based), when known. Nothing is imported. */
export class ImportFormatError extends Error {
  constructor(
    readonly problem: string,
    readonly line: number | null = null,
    /** For a table: the data row (1 = the first row after the header), when known. */
    readonly row: number | null = null,
  ) {
    const where =
      line === null ? "" : row === null ? `line ${line}: ` : `line ${line} (row ${row} after the header): `;
    super(`${where}${problem}`);
  }

  /** The same error, saying which data row it is in. */
  inRow(row: number): ImportFormatError {
    return new ImportFormatError(this.problem, this.line, row);
  }
}

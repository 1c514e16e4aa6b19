// Cutting a file's lines into cards at BEGIN:VCARD and END:VCARD, with the errors a person can act on.
import { ImportFormatError } from "./imported.js";
import type { PhysicalLine } from "./vcard-source.js";

/** The lines of one card between its BEGIN:VCARD and END:VCARD. */
export interface RawCard {
  /** 1-based line of BEGIN:VCARD. */
  line: number;
  lines: PhysicalLine[];
}

const BEGIN = /^BEGIN[ \t]*:[ \t]*VCARD[ \t]*$/i;
const END = /^END[ \t]*:[ \t]*VCARD[ \t]*$/i;

/** The cards of a file in order. Text outside cards (blank lines, a trailing signature) is ignored. */
export function splitCards(lines: readonly PhysicalLine[]): RawCard[] {
  const cards: RawCard[] = [];
  let open: RawCard | null = null;
  for (const physical of lines) {
    if (BEGIN.test(physical.bytes)) {
      if (open) throw missingEnd(open);
      open = { line: physical.line, lines: [] };
    } else if (END.test(physical.bytes)) {
      if (!open) throw new ImportFormatError("END:VCARD without a BEGIN:VCARD before it.", physical.line);
      cards.push(open);
      open = null;
    } else if (open) {
      open.lines.push(physical);
    }
  }
  if (open) throw missingEnd(open);
  if (cards.length === 0) {
    const first = lines.find((physical) => physical.bytes.trim() !== "");
    throw new ImportFormatError("This is not a vCard file: it has no BEGIN:VCARD.", first?.line ?? 1);
  }
  return cards;
}

function missingEnd(card: RawCard): ImportFormatError {
  return new ImportFormatError("The card that begins here has no END:VCARD.", card.line);
}

// Joining folded physical lines into content lines: RFC 6350 folding (CRLF + one space or tab),
// vCard 2.1's RFC 822 folding (the white space stays), and quoted-printable soft line breaks ("=" at the end).
import type { PhysicalLine } from "./vcard-source.js";

export type VCardVersion = "2.1" | "3.0" | "4.0";

/** A card's version from its VERSION line; 3.0 when it has none or an unknown one. */
export function cardVersion(lines: readonly PhysicalLine[]): VCardVersion {
  for (const physical of lines) {
    const match = physical.bytes.match(/^VERSION[ \t]*:[ \t]*([0-9.]+)/i);
    if (match?.[1] === "2.1" || match?.[1] === "4.0") return match[1];
    if (match) return "3.0";
  }
  return "3.0";
}

/** The card's content lines, each with the number of the physical line it starts on. */
export function unfoldLines(lines: readonly PhysicalLine[], version: VCardVersion): PhysicalLine[] {
  const content: PhysicalLine[] = [];
  let current: PhysicalLine | null = null;
  for (const physical of lines) {
    const folded = physical.bytes.startsWith(" ") || physical.bytes.startsWith("\t");
    if (current && folded) {
      current.bytes += version === "2.1" ? physical.bytes : physical.bytes.slice(1);
    } else if (current && continuesQuotedPrintable(current.bytes) && !startsProperty(physical.bytes)) {
      current.bytes = current.bytes.slice(0, -1) + physical.bytes;
    } else if (physical.bytes.trim() === "") {
      current = null;
    } else {
      current = { line: physical.line, bytes: physical.bytes };
      content.push(current);
    }
  }
  for (const line of content) {
    if (isQuotedPrintable(line.bytes) && line.bytes.endsWith("=")) line.bytes = line.bytes.slice(0, -1);
  }
  return content;
}

/** A quoted-printable value whose line ends in a soft line break, so the next line carries on. */
function continuesQuotedPrintable(bytes: string): boolean {
  return bytes.endsWith("=") && isQuotedPrintable(bytes);
}

function isQuotedPrintable(bytes: string): boolean {
  const colon = bytes.indexOf(":");
  const header = colon === -1 ? bytes : bytes.slice(0, colon);
  return /;[ \t]*(ENCODING[ \t]*=[ \t]*)?QUOTED-PRINTABLE[ \t]*(;|$)/i.test(header);
}

/** Properties phones and address books write, upper-case as they write them. */
const PROPERTY_START =
  /^(?:item\d+\.)?(?:BEGIN|END|VERSION|N|FN|TEL|EMAIL|ADR|LABEL|ORG|TITLE|ROLE|NOTE|URL|BDAY|PHOTO|LOGO|UID|REV|CATEGORIES|NICKNAME|GEO|TZ|X-[A-Z0-9-]+)(?:;[^:]*)?:/;

/**
 * Whether a line begins a property of its own. Some phones end a quoted-printable value with a soft
 * line break ("=") after its last character: the next property must not be taken for its continuation.
 */
function startsProperty(bytes: string): boolean {
  return PROPERTY_START.test(bytes);
}

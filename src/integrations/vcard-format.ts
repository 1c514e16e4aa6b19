// The text rules of a vCard line (RFC 6350 §3.2, §3.4): value escaping, and folding at 75 octets of UTF-8.

/** Escapes a text value or one component of a structured value: backslash, comma, semicolon, line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** A structured value (N, ADR, ORG): each component escaped, joined with ";". */
export function structured(components: readonly string[]): string {
  return components.map(escapeText).join(";");
}

const MAX_OCTETS = 75;

/**
 * Folds one content line so that no line is longer than 75 octets (CRLF not counted); continuation lines
 * start with a space. Cuts fall between characters, never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

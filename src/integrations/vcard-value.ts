// A property's value as text: quoted-printable and character set undone, then the escapes of its version.

import { paramValue, type VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** The value as Unicode text, still escaped: quoted-printable decoded, its CHARSET (else UTF-8) applied. */
export function propertyText(property: VCardProperty): string {
  const encoding = paramValue(property, "ENCODING")?.toUpperCase();
  const bytes =
    encoding === "QUOTED-PRINTABLE"
      ? quotedPrintableBytes(property.value)
      : Buffer.from(property.value, "latin1");
  return decodeCharset(bytes, paramValue(property, "CHARSET"));
}

/** `=C3=BC` to the bytes C3 BC; anything that is not a valid escape stays as it is. */
function quotedPrintableBytes(value: string): Buffer {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const hex = value[index] === "=" ? value.slice(index + 1, index + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(value.charCodeAt(index) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/**
 * Bytes to text in the named character set. Without one (or with one this runtime does not know) the
 * bytes are read as UTF-8, and as Windows-1252 (a superset of ISO-8859-1) when they are not valid UTF-8,
 * as older Windows exports write them.
 */
function decodeCharset(bytes: Buffer, charset: string | null): string {
  if (charset && /^(windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii)$/i.test(charset.trim())) {
    return decodeWindows1252(bytes);
  }
  if (charset) {
    try {
      return new TextDecoder(charset.trim()).decode(bytes);
    } catch {
      // An unknown label: read it as if none were given.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Splits escaped text at the separators that are not escaped with a backslash; parts stay escaped. */
export function splitEscaped(text: string, separator: ";" | ","): string[] {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? "";
    if (char === "\\" && index + 1 < text.length) {
      current += char + (text[index + 1] ?? "");
      index++;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/**
 * Undoes backslash escapes: "\\," "\\;" "\\\\" in every version, "\\n" as a line break in 3.0 and 4.0
 * (2.1 writes line breaks as quoted-printable =0D=0A, and a backslash there is just a backslash).
 */
export function unescapeText(text: string, version: VCardVersion): string {
  // Exporters also escape quotes and colons ("\\\"", "\\:"), which no version asks for: undone too.
  const pattern = version === "2.1" ? /\\([,;\\"])/g : /\\([,;\\:"'nN])/g;
  return text.replace(pattern, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

/** A structured value (N, ADR, ORG) as its unescaped, trimmed components. */
export function structuredValue(property: VCardProperty, version: VCardVersion): string[] {
  return splitEscaped(propertyText(property), ";").map((part) => unescapeText(part, version).trim());
}

/** A single text value (FN, TITLE, NOTE, EMAIL), unescaped and trimmed. */
export function textValue(property: VCardProperty, version: VCardVersion): string {
  return unescapeText(propertyText(property), version).replace(/\r\n?/g, "\n").trim();
}

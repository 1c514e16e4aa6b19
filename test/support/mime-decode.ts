// A small RFC 5322/2045/2046/2047 decoder for the test SMTP server: headers (folded, encoded-words) and
// the text/plain body (quoted-printable, base64, 7bit/8bit; in a multipart, the first text/plain part).
// Structure is handled in "binary" strings (one char per byte), so 8-bit bodies keep their bytes.

export interface DecodedMessage {
  /** Lower-cased header names to their values (unfolded, encoded-words decoded, trimmed), in order. */
  headers: Map<string, string[]>;
  /** The decoded Subject; "" when there is none. */
  subject: string;
  /** The first text/plain part (not an attachment), decoded, with "\n" line breaks; "" when none. */
  text: string;
}

interface Entity {
  /** Raw header values by lower-cased name, unfolded but not decoded. */
  headers: Map<string, string[]>;
  /** The body's bytes as a binary string, without the line break that ends it. */
  body: string;
}

/** Decodes bytes in a charset ("utf-8", "iso-8859-1", …); us-ascii reads as UTF-8, unknown ones as latin1. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? "").trim().toLowerCase();
  const name = label === "" || label === "us-ascii" || label === "ascii" ? "utf-8" : label;
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString("latin1");
  }
}

/**
 * RFC 2045 quoted-printable to bytes: trailing blanks on a line are transport padding and dropped, "=" at a
 * line end (or at the very end) is a soft break, =XX is a byte; anything else stands for itself.
 */
export function decodeQuotedPrintable(input: string): Buffer {
  const joined = input
    .replace(/[ \t]+(?=\r?\n|$)/g, "")
    .replace(/=\r?\n/g, "")
    .replace(/=$/, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g;

function decodeWordPayload(encoding: string, payload: string): Buffer {
  if (encoding.toUpperCase() === "B") return Buffer.from(payload, "base64");
  return decodeQuotedPrintable(payload.replace(/_/g, "=20"));
}

/**
 * Decodes RFC 2047 encoded-words (=?charset?B?…?= and =?charset?Q?…?=, an RFC 2231 *language is ignored).
 * Whitespace between two encoded-words is dropped, and the bytes of neighbouring words in one charset are
 * joined before decoding, so a character split across two words survives. Other text is kept as is.
 */
export function decodeEncodedWords(value: string): string {
  let out = "";
  let charset: string | null = null;
  let bytes: Buffer[] = [];
  const flush = () => {
    if (charset !== null) out += decodeCharset(Buffer.concat(bytes), charset);
    charset = null;
    bytes = [];
  };
  let last = 0;
  for (const match of value.matchAll(ENCODED_WORD)) {
    const [word, wordCharset = "", encoding = "", payload = ""] = match;
    const gap = value.slice(last, match.index);
    last = match.index + word.length;
    const adjacent = charset !== null && gap.trim() === "";
    if (!adjacent || charset?.toLowerCase() !== wordCharset.toLowerCase()) {
      flush();
      if (!adjacent) out += gap;
      charset = wordCharset;
    }
    bytes.push(decodeWordPayload(encoding, payload));
  }
  flush();
  return out + value.slice(last);
}

/** Splits a header block into unfolded (name, value) pairs; lines starting with a blank continue a field. */
export function parseHeaderBlock(block: string): Array<{ name: string; value: string }> {
  const fields: Array<{ name: string; value: string }> = [];
  for (const line of block.split(/\r?\n/)) {
    const previous = fields[fields.length - 1];
    if (/^[ \t]/.test(line)) {
      if (previous) previous.value += line;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    fields.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1) });
  }
  return fields;
}

/** A header value's main part and its parameters: "text/plain; charset=\"utf-8\"" → text/plain, {charset}. */
export function parseParameters(value: string): { value: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const semicolon = value.indexOf(";");
  const main = (semicolon >= 0 ? value.slice(0, semicolon) : value).trim().toLowerCase();
  if (semicolon >= 0) {
    const pattern = /;\s*([^=\s;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)/g;
    for (const [, name = "", raw = ""] of value.slice(semicolon).matchAll(pattern)) {
      const unquoted = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw;
      params.set(name.toLowerCase(), unquoted);
    }
  }
  return { value: main, params };
}

/**
 * Reads one entity (headers, blank line, body) from a binary string. The line break that ends a whole
 * message only terminates its last line, so `isMessage` drops it; a multipart part has already lost the
 * one before its boundary (RFC 2046 §5.1.1: it belongs to the boundary).
 */
function parseEntity(source: string, isMessage: boolean): Entity {
  const split = /^\r?\n/.exec(source) ?? /\r?\n\r?\n/.exec(source);
  const headerBlock = split ? source.slice(0, split.index) : source;
  const body = split ? source.slice(split.index + split[0].length) : "";
  const headers = new Map<string, string[]>();
  // Header bytes may be raw UTF-8 (RFC 6532).
  for (const { name, value } of parseHeaderBlock(Buffer.from(headerBlock, "latin1").toString("utf8"))) {
    headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return { headers, body: isMessage ? body.replace(/\r?\n$/, "") : body };
}

function first(entity: Entity, name: string): string {
  return entity.headers.get(name)?.[0] ?? "";
}

/** The parts of a multipart body: between "--boundary" lines, up to "--boundary--" (RFC 2046 §5.1.1). */
function splitMultipart(body: string, boundary: string): Entity[] {
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.replace(/[ \t]+$/, "");
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current.join("\r\n"));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join("\r\n"));
  return parts.map((part) => parseEntity(part, false));
}

function decodeBody(entity: Entity): string {
  const encoding = first(entity, "content-transfer-encoding").trim().toLowerCase();
  const charset = parseParameters(first(entity, "content-type")).params.get("charset");
  let bytes: Buffer;
  if (encoding === "base64") bytes = Buffer.from(entity.body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
  else if (encoding === "quoted-printable") bytes = decodeQuotedPrintable(entity.body);
  else bytes = Buffer.from(entity.body, "latin1");
  return decodeCharset(bytes, charset).replace(/\r\n/g, "\n");
}

function findText(entity: Entity, depth = 0): string | null {
  const { value: type, params } = parseParameters(first(entity, "content-type") || "text/plain");
  const disposition = parseParameters(first(entity, "content-disposition")).value;
  if (type === "text/plain" && disposition !== "attachment") return decodeBody(entity);
  const boundary = params.get("boundary");
  if (!type.startsWith("multipart/") || !boundary || depth > 10) return null;
  for (const part of splitMultipart(entity.body, boundary)) {
    const text = findText(part, depth + 1);
    if (text !== null) return text;
  }
  return null;
}

/** Decodes a whole RFC 5322 message (the bytes as received, or a string of them). */
export function decodeMessage(raw: Uint8Array | string): DecodedMessage {
  const bytes = typeof raw === "string" ? Buffer.from(raw, "utf8") : Buffer.from(raw);
  const entity = parseEntity(bytes.toString("latin1"), true);
  const headers = new Map<string, string[]>();
  for (const [name, values] of entity.headers) {
    headers.set(
      name,
      values.map((value) => decodeEncodedWords(value).trim()),
    );
  }
  return {
    headers,
    subject: headers.get("subject")?.[0] ?? "",
    text: findText(entity) ?? "",
  };
}

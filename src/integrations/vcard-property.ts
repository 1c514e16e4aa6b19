// One content line read into its parts: [group "."] name *(";" param) ":" value.
import type { PhysicalLine } from "./vcard-source.js";

export interface VCardProperty {
  line: number;
  /** Apple's "item1" in "item1.EMAIL", lower-cased; null when ungrouped. */
  group: string | null;
  /** Upper-cased: "EMAIL", "X-ABLABEL". */
  name: string;
  /** Upper-cased parameter names to their values; TYPE values split at commas and lower-cased. */
  params: Map<string, string[]>;
  /** The value's bytes, still encoded (quoted-printable) and escaped. */
  value: string;
}

/** vCard 2.1's bare parameters ("TEL;CELL;VOICE", ";QUOTED-PRINTABLE") and what they are short for. */
const BARE_ENCODINGS = new Set(["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]);

/** The property on a content line; null for a line with no name or no colon (skipped as noise). */
export function parseProperty(content: PhysicalLine): VCardProperty | null {
  const text = content.bytes;
  const nameMatch = text.match(/^[ \t]*(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)/);
  if (!nameMatch?.[2]) return null;
  const params = new Map<string, string[]>();
  let index = nameMatch[0].length;
  while (text[index] === ";") {
    const param = readParam(text, index + 1);
    addParam(params, param.name, param.values);
    index = param.end;
  }
  if (text[index] !== ":") return null;
  return {
    line: content.line,
    group: nameMatch[1]?.toLowerCase() ?? null,
    name: nameMatch[2].toUpperCase(),
    params,
    value: text.slice(index + 1),
  };
}

/** Reads one parameter from `start`, honouring double quotes; `end` is the index of the next ";" or ":". */
function readParam(text: string, start: number): { name: string; values: string[]; end: number } {
  let index = start;
  let quoted = false;
  let current = "";
  const parts: string[] = [];
  let name: string | null = null;
  for (; index < text.length; index++) {
    const char = text[index] ?? "";
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ";" || char === ":")) break;
    else if (!quoted && char === "=" && name === null) {
      name = current;
      current = "";
    } else if (!quoted && char === "," && name !== null) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  if (name === null) return { name: "", values: parts, end: index };
  return { name: name.trim().toUpperCase(), values: parts.map((part) => part.trim()), end: index };
}

function addParam(params: Map<string, string[]>, rawName: string, values: string[]): void {
  let name = rawName;
  if (name === "") {
    const bare = (values[0] ?? "").trim().toUpperCase();
    name = BARE_ENCODINGS.has(bare) ? "ENCODING" : "TYPE";
  }
  const kept =
    name === "TYPE"
      ? values.flatMap((value) => value.split(",")).map((value) => value.trim().toLowerCase())
      : values;
  params.set(name, [...(params.get(name) ?? []), ...kept.filter((value) => value !== "")]);
}

/** The first value of a parameter, or null. */
export function paramValue(property: VCardProperty, name: string): string | null {
  return property.params.get(name)?.[0] ?? null;
}

/** Whether the property carries a TYPE (case-insensitive), e.g. "pref", "linkedin". */
export function hasType(property: VCardProperty, type: string): boolean {
  return property.params.get("TYPE")?.includes(type.toLowerCase()) ?? false;
}

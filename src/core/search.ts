// Search ranking and snippets, the same on both databases. The database finds a bounded set of
// candidate records (the newest that match); these rank them with BM25 computed over that set
// (title words count more than body words) blended with recency, and cut a snippet around the
// first match with the matched words marked.
import { searchKey } from "./text.js";

export interface Candidate {
  title: string;
  body: string;
  updatedAt: string;
}

/** Words of a text, folded like the query (lower case, no accents). */
function words(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function matches(word: string, term: string, prefix: boolean): boolean {
  return prefix ? word.startsWith(term) : word === term;
}

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 3;
/** Half the relevance is lost for a record untouched this many days. */
const RECENCY_HALF_LIFE_DAYS = 365;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/**
 * Reads the words of a folded text once, without building a list of them: adds `weight` to
 * `tf[i]` for each word matching term i (the last term as a beginning), and answers how many
 * words there are.
 */
function scan(folded: string, terms: readonly string[], tf: number[], weight: number): number {
  const last = terms.length - 1;
  let count = 0;
  let i = 0;
  while (i < folded.length) {
    while (i < folded.length && !isWordChar(folded.charCodeAt(i), folded, i)) i++;
    if (i >= folded.length) break;
    const start = i;
    while (i < folded.length && isWordChar(folded.charCodeAt(i), folded, i)) i++;
    count++;
    for (let t = 0; t <= last; t++) {
      const term = terms[t] as string;
      const fits = t === last ? term.length <= i - start : term.length === i - start;
      if (fits && folded.startsWith(term, start)) tf[t] = (tf[t] ?? 0) + weight;
    }
  }
  return count;
}

/**
 * Scores candidates for the terms (the last one a beginning of a word): BM25 over the candidate
 * set, times a recency factor between 0.5 and 1. Higher is better; equal scores keep their order.
 * With `everyTerm`, a candidate missing a term is left out (each text is read once for both).
 */
export function rankCandidates<T extends Candidate>(
  candidates: readonly T[],
  terms: readonly string[],
  now: Date,
  options: { everyTerm?: boolean } = {},
): T[] {
  if (candidates.length === 0 || terms.length === 0) return [...candidates];
  const docs: { c: T; tf: number[]; length: number }[] = [];
  for (const c of candidates) {
    const tf = terms.map(() => 0);
    const length =
      scan(searchKey(c.title), terms, tf, TITLE_WEIGHT) * TITLE_WEIGHT +
      scan(searchKey(c.body), terms, tf, 1);
    if (options.everyTerm && tf.includes(0)) continue;
    docs.push({ c, tf, length });
  }
  if (docs.length === 0) return [];
  const avg = docs.reduce((sum, d) => sum + d.length, 0) / docs.length || 1;
  const idf = terms.map((_, i) => {
    const n = docs.reduce((sum, d) => sum + ((d.tf[i] ?? 0) > 0 ? 1 : 0), 0);
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  });
  const nowMs = now.getTime();
  const scored = docs.map((d) => {
    let score = 0;
    d.tf.forEach((tf, i) => {
      if (tf > 0) score += ((idf[i] ?? 0) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avg));
    });
    const ageDays = Math.max(0, (nowMs - Date.parse(d.c.updatedAt)) / 86_400_000) || 0;
    const recency = 0.5 + 0.5 * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
    return { c: d.c, score: score * recency };
  });
  return scored.sort((a, b) => b.score - a.score).map((s) => s.c);
}

/**
 * For a query too short for the index (one-letter words): the candidates whose title holds every
 * term (the last as a beginning of a word), a title beginning with the last term first, then the
 * most recently changed.
 */
export function rankByTitle<T extends Candidate>(candidates: readonly T[], terms: readonly string[]): T[] {
  const last = terms.length - 1;
  const lastTerm = terms[last] ?? "";
  const found: { c: T; first: boolean }[] = [];
  for (const c of candidates) {
    const title = words(c.title);
    if (terms.every((term, i) => title.some((w) => matches(w, term, i === last)))) {
      found.push({ c, first: title[0]?.startsWith(lastTerm) ?? false });
    }
  }
  return found
    .sort((a, b) => Number(b.first) - Number(a.first) || b.c.updatedAt.localeCompare(a.c.updatedAt))
    .map((f) => f.c);
}

export interface Snippet {
  text: string;
  highlights: { start: number; end: number }[];
}

/**
 * A passage of about `width` characters around the first word matching a term, with every
 * matching word's place in it. Matching ignores case and accents; the text keeps its own.
 */
export function snippet(text: string, terms: readonly string[], width = 120): Snippet {
  const flat = text.replace(/\s+/g, " ").trim();
  const last = terms.length - 1;
  const found: { start: number; end: number }[] = [];
  for (const m of flat.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = searchKey(m[0]);
    if (terms.some((term, i) => matches(word, term, i === last))) {
      found.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const first = found[0];
  let from = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  if (from > 0) {
    const space = flat.indexOf(" ", from);
    from = space >= 0 && space < (first?.start ?? 0) ? space + 1 : from;
  }
  let to = Math.min(flat.length, from + width);
  if (to < flat.length) {
    const space = flat.lastIndexOf(" ", to);
    to = space > from + width / 2 ? space : to;
  }
  const lead = from > 0 ? "…" : "";
  const tail = to < flat.length ? "…" : "";
  return {
    text: `${lead}${flat.slice(from, to)}${tail}`,
    highlights: found
      .filter((h) => h.start >= from && h.end <= to)
      .map((h) => ({ start: h.start - from + lead.length, end: h.end - from + lead.length })),
  };
}

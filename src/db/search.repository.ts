// Search everything: the one place where finding documents differs by dialect. SQLite asks its
// FTS5 index (search_fts) and PostgreSQL its tsvector GIN index for the owner's newest documents
// holding every word (the last one as a beginning); the candidates are capped where they are
// read, so a common word or a short beginning never makes the database rank a million rows, and
// another owner's documents never take the places of this owner's. Ranking and snippets happen
// in core/search.ts, the same on both databases.
import { type Selectable, type SqlBool, sql } from "kysely";
import type { SearchKind } from "../core/search.schema.js";
import { Repository } from "./repository.js";
import type { SearchDocumentsTable } from "./schema.js";

/** How many matching documents, newest first, are considered for ranking. */
export const SEARCH_CANDIDATES = 200;

/** How many of an owner's newest documents PostgreSQL reads backwards before asking its GIN index. */
export const POSTGRES_WINDOW = 5000;

export interface SearchDocument {
  kind: SearchKind;
  recordId: string;
  contactId: string | null;
  conversationId: string | null;
  title: string;
  body: string;
  updatedAt: string;
}

const COLUMNS = [
  "kind",
  "record_id",
  "contact_id",
  "conversation_id",
  "title",
  "body",
  "updated_at",
] as const;

function toDocument(r: Pick<Selectable<SearchDocumentsTable>, (typeof COLUMNS)[number]>): SearchDocument {
  return {
    kind: r.kind as SearchKind,
    recordId: r.record_id,
    contactId: r.contact_id,
    conversationId: r.conversation_id,
    title: r.title,
    body: r.body,
    updatedAt: r.updated_at,
  };
}

/** The kinds whose titles are names: what a one-letter query looks among. */
export const NAMED_KINDS: readonly SearchKind[] = ["contact", "organization", "goal"];

/** An owner id as one word of the FTS5 index (the index holds it so, in its `owner` column). */
export function ownerWord(ownerId: string): string {
  return Buffer.from(ownerId, "utf8").toString("hex");
}

/**
 * The longest beginning the FTS5 index keeps a list of documents for (its `prefix` option): a
 * longer last word is asked for by this many letters, and the rest is checked on the candidates.
 * A beginning it has no list for would make FTS5 gather every document of every word with that
 * beginning before reading any of them, a second for a common word at a million records.
 */
export const INDEXED_PREFIX = 6;

/**
 * FTS5 query: the owner's documents of the kinds (all when none), holding every word in their
 * title or body, the last word a beginning (its first INDEXED_PREFIX letters). Words hold only
 * letters and digits.
 */
export function ftsMatch(words: readonly string[], ownerId: string, kinds?: readonly SearchKind[]): string {
  const parts = [`owner : "${ownerWord(ownerId)}"`];
  if (kinds && kinds.length > 0) parts.push(`kind : (${kinds.map((k) => `"${k}"`).join(" OR ")})`);
  if (words.length > 0) {
    const last = words.length - 1;
    const terms = words.map((w, i) =>
      i === last ? `"${[...w].slice(0, INDEXED_PREFIX).join("")}"*` : `"${w}"`,
    );
    parts.push(`{title body} : (${terms.join(" AND ")})`);
  }
  return parts.join(" AND ");
}

/** PostgreSQL tsquery text: every word required, the last one a prefix. */
export function tsQuery(words: readonly string[]): string {
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ":*" : ""}`).join(" & ");
}

/**
 * The words PostgreSQL's GIN index is asked for, given the share of documents holding each of the
 * most common words (`shares`, from the table's statistics; a word not there is rare): all of
 * them, unless the last word, a beginning, is more common than the rarest of the others. The
 * index gathers every document of every word with a beginning before it can intersect them (a
 * million for "work" at a million notes), so then it is asked for the whole words alone, and the
 * beginning is checked on the few documents they give.
 */
export function indexedWords(words: readonly string[], shares: ReadonlyMap<string, number>): string {
  if (words.length < 2) return tsQuery(words);
  const whole = words.slice(0, -1);
  const last = words[words.length - 1] as string;
  let beginning = 0;
  for (const [word, share] of shares) if (word.startsWith(last)) beginning += share;
  const rarest = Math.min(...whole.map((w) => shares.get(w) ?? 0));
  return rarest < beginning ? whole.map((w) => `'${w}'`).join(" & ") : tsQuery(words);
}

/**
 * Whether the owner's newest POSTGRES_WINDOW documents are likely to fill the cap: whether every
 * word (the last one as a beginning) is among the most common words, common enough that the
 * window holds `cap` of its documents. Rare words are looked for through the GIN index at once.
 */
export function commonEnoughForWindow(
  words: readonly string[],
  shares: ReadonlyMap<string, number>,
  cap: number,
): boolean {
  const last = words.length - 1;
  const share = (word: string, i: number) => {
    if (i < last) return shares.get(word) ?? 0;
    let beginning = 0;
    for (const [known, s] of shares) if (known.startsWith(word)) beginning += s;
    return beginning;
  };
  return Math.min(...words.map(share)) * POSTGRES_WINDOW >= cap;
}

export class SearchRepository extends Repository {
  /**
   * The owner's newest documents (at most `cap`) holding every word, of the given kinds (all when
   * none). Words are folded (lower case, no accents), letters and digits only, each at least two
   * characters long. The database reads the matches newest first and stops at the cap: SQLite in
   * its FTS5 index alone (owner and kind are columns of it), PostgreSQL backwards along the
   * owner's documents when the words are common, through the GIN index when they are rare.
   */
  async candidates(
    words: readonly string[],
    kinds: readonly SearchKind[] | undefined,
    options: { cap?: number } = {},
  ): Promise<SearchDocument[]> {
    if (words.length === 0) return [];
    const cap = options.cap ?? SEARCH_CANDIDATES;
    if (this.scope.dialect === "postgres") return this.fromTsvector(words, kinds, cap);
    return this.fromFts(ftsMatch(words, this.scope.ownerId, kinds), cap);
  }

  /**
   * PostgreSQL is told how to look, each step bounded whatever the words, by the share of documents
   * holding each word (its statistics). Common words: first the owner's newest POSTGRES_WINDOW
   * documents, read backwards along the primary key and each tested as it is read (`ts_match_vq`,
   * the `@@` operator as a function, which no index answers: the GIN index would gather every
   * document of every word first, a million for two common words), stopping once the cap is full.
   * Then, or at once for rare words, the (older) matches through the GIN index, asked for the
   * words `indexedWords` picks and ordered by an expression no index gives, so that a rare word is
   * never looked for by walking every document backwards. The GIN index keeps a short pending
   * list (migration 20261210T0100), so that step reads no more than the words' own entries.
   */
  private async fromTsvector(
    words: readonly string[],
    kinds: readonly SearchKind[] | undefined,
    cap: number,
  ): Promise<SearchDocument[]> {
    const query = sql`to_tsquery('simple', ${tsQuery(words)})`;
    const shares = await this.wordShares();
    const found: SearchDocument[] = [];
    let before: number | null = null;
    if (commonEnoughForWindow(words, shares, cap)) {
      // Where the owner's newest POSTGRES_WINDOW documents begin, from the (owner, id) index alone.
      const window = this.db
        .selectFrom("search_documents")
        .select("id")
        .orderBy("id", "desc")
        .limit(POSTGRES_WINDOW);
      before = Number(
        (
          await this.db
            .selectFrom(window.as("w"))
            .select((eb) => eb.fn.min("w.id").as("start"))
            .executeTakeFirst()
        )?.start ?? 0,
      );
      let recent = this.db
        .selectFrom("search_documents")
        .select(COLUMNS)
        .where("id", ">=", before)
        .where(sql<SqlBool>`ts_match_vq(document, ${query})`);
      if (kinds && kinds.length > 0) recent = recent.where("kind", "in", kinds);
      found.push(...(await recent.orderBy("id", "desc").limit(cap).execute()).map(toDocument));
    }
    if (found.length < cap) {
      const indexed = indexedWords(words, shares);
      let older = this.db
        .selectFrom("search_documents")
        .select(COLUMNS)
        .where(sql<SqlBool>`document @@ to_tsquery('simple', ${indexed})`);
      if (before !== null) older = older.where("id", "<", before);
      // The beginning the index was not asked for, checked on the documents it gave.
      if (indexed !== tsQuery(words)) older = older.where(sql<SqlBool>`ts_match_vq(document, ${query})`);
      if (kinds && kinds.length > 0) older = older.where("kind", "in", kinds);
      const rows = await older
        .orderBy(sql`id + 0`, "desc")
        .limit(cap - found.length)
        .execute();
      found.push(...rows.map(toDocument));
    }
    return found;
  }

  /**
   * The share of documents holding each of the most common words, from PostgreSQL's statistics of
   * the documents (gathered by ANALYZE, at most a few thousand words; empty before the first).
   */
  private async wordShares(): Promise<Map<string, number>> {
    const row = await this.db
      .withTables<{
        pg_stats: {
          tablename: string;
          attname: string;
          most_common_elems: unknown;
          most_common_elem_freqs: number[];
        };
      }>()
      .selectFrom("pg_stats")
      .select([
        sql<string[] | null>`most_common_elems::text::text[]`.as("words"),
        sql<number[] | null>`most_common_elem_freqs`.as("shares"),
      ])
      .where("tablename", "=", "search_documents")
      .where("attname", "=", "document")
      .where(sql<SqlBool>`schemaname = any (current_schemas(false))`)
      .executeTakeFirst();
    const shares = new Map<string, number>();
    row?.words?.forEach((word, i) => {
      shares.set(word, Number(row.shares?.[i] ?? 0));
    });
    return shares;
  }

  /** The owner's newest documents of each of the kinds (at most `cap` of each), whatever their words. */
  async newest(kinds: readonly SearchKind[], cap: number): Promise<SearchDocument[]> {
    const found: SearchDocument[] = [];
    for (const kind of kinds) {
      if (this.scope.dialect === "sqlite") {
        found.push(...(await this.fromFts(ftsMatch([], this.scope.ownerId, [kind]), cap)));
        continue;
      }
      // Ids first, read backwards along the (owner, kind, id) index alone.
      const newest = this.db
        .selectFrom("search_documents")
        .select("id")
        .where("kind", "=", kind)
        .orderBy("id", "desc")
        .limit(cap);
      const rows = await this.db
        .selectFrom("search_documents")
        .select(COLUMNS)
        .where("id", "in", newest)
        .orderBy("id", "desc")
        .execute();
      found.push(...rows.map(toDocument));
    }
    return found;
  }

  private async fromFts(match: string, cap: number): Promise<SearchDocument[]> {
    const rows = await this.db
      .selectFrom("search_documents")
      .select(COLUMNS)
      .where(
        sql<SqlBool>`search_documents.id in (select rowid from search_fts
          where search_fts match ${match} order by rowid desc limit ${cap})`,
      )
      .orderBy("id", "desc")
      .execute();
    return rows.map(toDocument);
  }

  /** The documents drawn from one person's records (their own, their conversations, notes…), newest first. */
  async forContact(contactId: string, limit: number): Promise<SearchDocument[]> {
    const rows = await this.db
      .selectFrom("search_documents")
      .select(COLUMNS)
      .where("contact_id", "=", contactId)
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return rows.map(toDocument);
  }

  /** Display names of people, by id. */
  async contactNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("contacts")
      .select(["id", "first_name", "last_name"])
      .where("id", "in", [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, `${r.first_name} ${r.last_name}`.trim()]));
  }
}

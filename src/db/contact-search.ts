// The one place where contact search differs by dialect: which condition finds the contacts whose
// folded search_text holds every term. SQLite asks its FTS5 trigram index (terms of three
// characters or more; shorter ones are checked with LIKE on the rows found); PostgreSQL's LIKE is
// served by its pg_trgm index. The condition goes inside a scoped query on `contacts`, whose owner
// condition the scope adds: the index narrows rows, never widens them.
import type SQLite from "better-sqlite3";
import { type Expression, type SqlBool, sql } from "kysely";
import { likePattern } from "./paging.js";
import type { Dialect } from "./schema.js";

/** The smallest term the trigram index can find by itself. */
const TRIGRAM = 3;

function like(term: string): Expression<SqlBool> {
  return sql<SqlBool>`contacts.search_text like ${likePattern(term)} escape '\\'`;
}

/** An FTS5 query matching every term as a substring: each is a quoted string, all are required. */
export function ftsQuery(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(" AND ");
}

/**
 * Conditions on `contacts` for a search of folded terms (see core/text.ts searchTerms). With
 * `filterOnly`, SQLite only checks each contact it reads against the index's matches, and reads
 * contacts in another order (a list's sort order, a range of rowids) instead of one by one from
 * the matches: for a term with thousands of matches, reading them all to sort them costs more
 * than walking the order until a page is found. With `rowids`, the index gives only its matches
 * in that range of rowids (a count reads the contacts a slice at a time).
 */
export function contactSearchConditions(
  dialect: Dialect,
  terms: readonly string[],
  options: { filterOnly?: boolean; rowids?: { after: number; upTo: number } } = {},
): Expression<SqlBool>[] {
  if (dialect === "postgres") return terms.map(like);
  const indexed = terms.filter((term) => [...term].length >= TRIGRAM);
  const short = terms.filter((term) => [...term].length < TRIGRAM);
  const conditions = short.map(like);
  if (indexed.length > 0) {
    const { rowids } = options;
    const range = rowids ? sql` and rowid > ${rowids.after} and rowid <= ${rowids.upTo}` : sql``;
    conditions.unshift(
      sql<SqlBool>`${sql.raw(options.filterOnly ? "+" : "")}contacts.rowid in (select rowid from contacts_fts where contacts_fts match ${ftsQuery(indexed)}${range})`,
    );
  }
  return conditions;
}

/**
 * How many contacts (of every owner, archived or not) SQLite's search index matches for these
 * terms, read from the index alone: an upper bound of a search's matches, to choose how to count
 * them. Undefined when no term is long enough for the index.
 */
export function indexMatchesAtMost(sqlite: SQLite.Database, terms: readonly string[]): number | undefined {
  const indexed = terms.filter((term) => [...term].length >= TRIGRAM);
  if (indexed.length === 0) return undefined;
  const row = sqlite
    .prepare("select count(*) as n from contacts_fts where contacts_fts match ?")
    .get(ftsQuery(indexed)) as { n: number };
  return row.n;
}

/**
 * For a large load into `contacts` on SQLite: sets the search index's triggers aside and returns
 * what puts them back and rebuilds the index once from every contact (much cheaper than indexing
 * row by row). Runs inside the caller's transaction. For other tables it does nothing.
 */
export function setSearchIndexAside(sqlite: SQLite.Database, table: string): () => void {
  if (table !== "contacts") return () => {};
  const triggers = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'contacts' and name like 'contacts_fts_%'",
    )
    .all() as { name: string; sql: string }[];
  for (const trigger of triggers) sqlite.exec(`drop trigger "${trigger.name}"`);
  return () => {
    for (const trigger of triggers) sqlite.exec(trigger.sql);
    if (triggers.length > 0) sqlite.exec("insert into contacts_fts (contacts_fts) values ('rebuild')");
  };
}

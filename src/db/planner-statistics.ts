// SQLite chooses how to run a query from statistics about each table and index (sqlite_stat1) that
// only ANALYZE writes. Without them, or with ones from when a table was a tenth of its size, it
// guesses, and at 100,000 contacts some guesses read every contact: one contact with its tags took
// 4 ms instead of 0.5, and Today 70 ms instead of 10. So, once a database holds a thousand people,
// the statistics are brought up to date when it opens and after each large load (an import or a
// restore). SQLite's own `optimize` analyses only the tables that have never been analysed, have
// an index without statistics (a load rebuilds them) or have grown or shrunk tenfold since, and
// costs a fraction of a millisecond otherwise. PostgreSQL keeps its statistics itself (autovacuum).
import type SQLite from "better-sqlite3";
import { changeCounters } from "./change-counters.js";

/**
 * Below this many contacts SQLite's own guesses serve well, and statistics taken from a few rows
 * serve worse than none: taken when a database is new, they doubled the time to load 20,000
 * people into it before the next refresh.
 */
const SMALL_DATABASE_CONTACTS = 1_000;

/** Analyses the tables whose planner statistics are missing or out of date (SQLite only). */
export function refreshPlannerStatistics(sqlite: SQLite.Database | undefined): void {
  if (!sqlite) return;
  const { n } = sqlite
    .prepare("select count(*) as n from (select 1 from contacts limit ?)")
    .get(SMALL_DATABASE_CONTACTS) as { n: number };
  if (n >= SMALL_DATABASE_CONTACTS) sqlite.pragma("optimize = 0x10002");
}

/** From this many rows changed by one transaction on, the statistics are checked after it commits. */
const LARGE_WRITE_ROWS = 1_000;

/** How many rows this connection has inserted, changed or deleted since it opened (SQLite only). */
export function rowsChangedSoFar(sqlite: SQLite.Database | undefined): number {
  return sqlite ? changeCounters(sqlite).changes : 0;
}

/** After a transaction that changed many rows (`before` from rowsChangedSoFar), refreshes the statistics. */
export function afterWrite(sqlite: SQLite.Database | undefined, before: number): void {
  if (sqlite && rowsChangedSoFar(sqlite) - before >= LARGE_WRITE_ROWS) refreshPlannerStatistics(sqlite);
}

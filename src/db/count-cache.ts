// Counting a list's matches once until the database changes (SQLite): a count of 100,000 rows
// costs milliseconds, and most first pages are asked again before anything is written. The same
// holds for the few aggregate reads behind Today (the weekly habit's year of conversations, the
// give-back tallies), which every visit and the navigation's badge ask again. The cache
// is checked against SQLite's own change counters: `total_changes()` moves with every row this
// connection writes, `data_version` whenever another connection (the CLI, a backup restore)
// commits; either moving drops every cached count. On PostgreSQL nothing is cached.
import type SQLite from "better-sqlite3";

const caches = new WeakMap<SQLite.Database, { token: string; counts: Map<string, unknown> }>();
/** Distinct filters remembered per database; the oldest goes first. */
const CAPACITY = 200;

function tokenOf(sqlite: SQLite.Database): string {
  const version = sqlite.pragma("data_version", { simple: true }) as number;
  const changes = (sqlite.prepare("select total_changes() as n").get() as { n: number }).n;
  return `${version}:${changes}`;
}

/** The count for `key`, from the cache while the database is unchanged, else from `count`. */
export function cachedCount(
  sqlite: SQLite.Database | undefined,
  key: string,
  count: () => Promise<number>,
): Promise<number> {
  return cachedRead(sqlite, key, count);
}

/**
 * What `read` answers for `key`, from the cache while the database is unchanged. The key must name
 * everything the answer depends on (the owner first); the answer is shared, so it is never changed.
 */
export async function cachedRead<T>(
  sqlite: SQLite.Database | undefined,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  // Inside a transaction the rows may yet be rolled back, which moves no counter: read afresh.
  if (!sqlite || sqlite.inTransaction) return read();
  const token = tokenOf(sqlite);
  let cache = caches.get(sqlite);
  if (!cache || cache.token !== token) {
    cache = { token, counts: new Map() };
    caches.set(sqlite, cache);
  }
  if (cache.counts.has(key)) return cache.counts.get(key) as T;
  const n = await read();
  // A write while counting (another request's) makes the count's moment unclear: keep it only if none.
  if (tokenOf(sqlite) === token) {
    cache.counts.set(key, n);
    if (cache.counts.size > CAPACITY) cache.counts.delete(cache.counts.keys().next().value as string);
  }
  return n;
}

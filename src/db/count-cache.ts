// Counting a list's matches once until the database changes (SQLite): a count of 100,000 rows
// costs milliseconds, and most first pages are asked again before anything is written. The cache
// is checked against SQLite's own change counters: `total_changes()` moves with every row this
// connection writes, `data_version` whenever another connection (the CLI, a backup restore)
// commits; either moving drops every cached count. On PostgreSQL nothing is cached.
import type SQLite from "better-sqlite3";

const caches = new WeakMap<SQLite.Database, { token: string; counts: Map<string, number> }>();
/** Distinct filters remembered per database; the oldest goes first. */
const CAPACITY = 200;

function tokenOf(sqlite: SQLite.Database): string {
  const version = sqlite.pragma("data_version", { simple: true }) as number;
  const changes = (sqlite.prepare("select total_changes() as n").get() as { n: number }).n;
  return `${version}:${changes}`;
}

/** The count for `key`, from the cache while the database is unchanged, else from `count`. */
export async function cachedCount(
  sqlite: SQLite.Database | undefined,
  key: string,
  count: () => Promise<number>,
): Promise<number> {
  if (!sqlite) return count();
  const token = tokenOf(sqlite);
  let cache = caches.get(sqlite);
  if (!cache || cache.token !== token) {
    cache = { token, counts: new Map() };
    caches.set(sqlite, cache);
  }
  const known = cache.counts.get(key);
  if (known !== undefined) return known;
  const n = await count();
  // A write while counting (another request's) makes the count's moment unclear: keep it only if none.
  if (tokenOf(sqlite) === token) {
    cache.counts.set(key, n);
    if (cache.counts.size > CAPACITY) cache.counts.delete(cache.counts.keys().next().value as string);
  }
  return n;
}

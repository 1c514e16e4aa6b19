// Counting a list's matches once until the data changes: a count of 100,000 rows costs
// milliseconds, and most first pages are asked again before anything is written. The same holds
// for the few aggregate reads behind Today (the weekly habit's year of conversations, the
// give-back tallies), which every visit and the navigation's badge ask again.
// SQLite: the cache is checked against SQLite's own change counters: `total_changes()` moves with
// every row this connection writes, `data_version` whenever another connection (the CLI, a backup
// restore) commits; either moving drops every cached count.
// PostgreSQL: each answer is kept with the owner's data version (migration
// 20261210T0900-owner-data-versions), which every committed write to the counted tables moves,
// whichever app instance made it; an answer is served again only while that version is unchanged.
import type SQLite from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { changeCounters } from "./change-counters.js";
import type { OwnerScope } from "./scope.js";

/** What a cached read needs of its scope. */
export type CacheScope = Pick<OwnerScope, "sqlite" | "shared" | "ownerId">;

const caches = new WeakMap<SQLite.Database, { token: string; counts: Map<string, unknown> }>();
const versioned = new WeakMap<object, Map<string, { version: number; value: unknown }>>();
/** Distinct filters remembered per database; the oldest goes first. */
const CAPACITY = 200;

function tokenOf(sqlite: SQLite.Database): string {
  const { version, changes } = changeCounters(sqlite);
  return `${version}:${changes}`;
}

/** The count for `key`, from the cache while the owner's data is unchanged, else from `count`. */
export function cachedCount(scope: CacheScope, key: string, count: () => Promise<number>): Promise<number> {
  return cachedRead(scope, key, count);
}

/**
 * What `read` answers for `key`, from the cache while the owner's data is unchanged. The key must
 * name everything the answer depends on (the owner first), and `read` may only read the tables of
 * VERSIONED_TABLES (see the migration); the answer is shared, so it is never changed.
 */
export function cachedRead<T>(scope: CacheScope, key: string, read: () => Promise<T>): Promise<T> {
  return scope.sqlite ? sqliteCachedRead(scope.sqlite, key, read) : versionedRead(scope, key, read);
}

async function sqliteCachedRead<T>(sqlite: SQLite.Database, key: string, read: () => Promise<T>): Promise<T> {
  // Inside a transaction the rows may yet be rolled back, which moves no counter: read afresh.
  if (sqlite.inTransaction) return read();
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

/** The owner's data version on PostgreSQL (0 before their first write). */
async function versionOf(db: Kysely<unknown>, ownerId: string): Promise<number> {
  const { rows } = await sql<{
    version: number | string;
  }>`select version from owner_data_versions where owner = ${ownerId}`.execute(db);
  return Number(rows[0]?.version ?? 0);
}

async function versionedRead<T>(scope: CacheScope, key: string, read: () => Promise<T>): Promise<T> {
  // A transaction's own writes move the version only when it commits: read afresh inside one.
  if (scope.shared.isTransaction) return read();
  const db = scope.shared as unknown as Kysely<unknown>;
  let cache = versioned.get(scope.shared);
  if (!cache) {
    cache = new Map();
    versioned.set(scope.shared, cache);
  }
  const version = await versionOf(db, scope.ownerId);
  const cached = cache.get(key);
  if (cached && cached.version === version) return cached.value as T;
  const value = await read();
  // Kept only if no write was committed while reading (it might or might not be counted).
  if ((await versionOf(db, scope.ownerId)) === version) {
    cache.delete(key);
    cache.set(key, { version, value });
    if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  }
  return value;
}

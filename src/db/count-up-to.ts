// Counting what a bounded page leaves out, without counting a large table to its end: a count
// stops at a cap, so it costs at most `cap` index steps however many rows match.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { ScopedDatabase } from "./owned-tables.js";

/** Counts stop here: a count of COUNT_CAP means "this many or more". */
export const COUNT_CAP = 100;

/**
 * How many rows `query` gives, up to `cap`. Its order is dropped unless `keepOrder`: an order the
 * page itself reads by an index leads PostgreSQL's planner to that index for the count too, where
 * without it the planner may walk a whole table in another order to join it.
 */
export async function countUpTo(
  db: Kysely<ScopedDatabase>,
  // biome-ignore lint/suspicious/noExplicitAny: any query over the scoped tables
  query: SelectQueryBuilder<ScopedDatabase, any, any>,
  cap = COUNT_CAP,
  keepOrder = false,
): Promise<number> {
  const unordered = keepOrder ? query : query.clearOrderBy();
  const capped = unordered.clearSelect().select(sql<number>`1`.as("one")).limit(cap).as("capped");
  const row = await db
    .selectFrom(capped)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

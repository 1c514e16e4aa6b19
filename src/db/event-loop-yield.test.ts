import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { busyFor, countTurns, turnsGivenAway } from "../../test/support/event-loop.js";
import { EventLoopYield, TURN_BUDGET_MS } from "./event-loop-yield.js";

const opened: SQLite.Database[] = [];
function database(budgetMs = TURN_BUDGET_MS) {
  const sqlite = new SQLite(":memory:");
  opened.push(sqlite);
  sqlite.function("spin", (ms) => {
    busyFor(Number(ms));
    return 0;
  });
  return {
    sqlite,
    db: new Kysely<unknown>({
      dialect: new SqliteDialect({ database: sqlite }),
      plugins: [new EventLoopYield(sqlite, budgetMs)],
    }),
  };
}
afterEach(() => {
  for (const sqlite of opened.splice(0)) sqlite.close();
});

/** A query that keeps SQLite busy for `ms` (through a function that waits in the query). */
const busy = (ms: number) => sql`select spin(${ms}) as n`;

describe("queries and the event loop", () => {
  it("runs a short request's queries straight through, without making it wait for other connections", async () => {
    // A budget far above what 20 small queries take, even on a busy machine that pauses this process.
    const { db } = database(200);
    await sql`select 1`.execute(db); // the first query also opens the connection
    const given = await turnsGivenAway(async () => {
      for (let n = 0; n < 20; n++) await sql`select ${n} as n`.execute(db);
    });
    expect(given).toBe(0);
  });

  it("lets waiting requests in between the queries of a long one, once a turn has used its budget", async () => {
    const { db } = database();
    const queries = 6;
    const given = await turnsGivenAway(async () => {
      for (let n = 0; n < queries; n++) await busy(TURN_BUDGET_MS + 1).execute(db);
    });
    // Every query outlasts the budget: each one's answer waits a turn.
    expect(given).toBeGreaterThanOrEqual(queries);
  });

  it("spreads the work of requests that waited over turns, instead of running it all in the one they resume in", async () => {
    const { db } = database();
    const requests = 8;
    const counter = countTurns();
    // Each request's last query outlasts the budget, then it builds its answer (3 ms of work).
    const answeredIn = await Promise.all(
      Array.from({ length: requests }, async () => {
        await busy(TURN_BUDGET_MS + 1).execute(db);
        busyFor(3);
        return counter.turns;
      }),
    );
    counter.stop();
    const perTurn = new Map<number, number>();
    for (const at of answeredIn) perTurn.set(at, (perTurn.get(at) ?? 0) + 1);
    // An answer takes longer than the budget, so each turn builds one and lets the rest wait.
    expect(Math.max(...perTurn.values())).toBe(1);
  });

  it("never gives a turn away inside a transaction, where another connection would wait on the lock", async () => {
    const { db } = database();
    const given = await turnsGivenAway(() =>
      db.transaction().execute(async (tx) => {
        for (let n = 0; n < 4; n++) await busy(TURN_BUDGET_MS + 1).execute(tx);
      }),
    );
    expect(given).toBe(0);
  });
});

// One user's door to the data: repositories bound to that user and to one connection, or to one
// transaction inside `transaction(fn)`.
import type { Transaction } from "kysely";
import type { Db } from "./connect.js";
import { afterWrite, rowsChangedSoFar } from "./planner-statistics.js";
import { createRepos, type Repos } from "./repos.js";
import type { Database, Dialect } from "./schema.js";
import { ownerScope } from "./scope.js";

export interface UserStore {
  readonly dialect: Dialect;
  /** Repositories scoped to the user; inside `transaction`, bound to that transaction. */
  readonly repos: Repos;
  readonly inTransaction: boolean;
  /** Runs `fn` in one transaction: everything it writes is kept, or nothing (it rolls back on a throw). */
  transaction<T>(fn: (store: UserStore) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in one read-only transaction that sees one snapshot of the data throughout (PostgreSQL:
   * REPEATABLE READ; SQLite: its one connection, held until `fn` ends), for reads that page.
   */
  readSnapshot<T>(fn: (store: UserStore) => Promise<T>): Promise<T>;
}

export function userStore(db: Db, ownerId: string): UserStore {
  const inside = (trx: Transaction<Database>): UserStore => ({
    dialect: db.dialect,
    repos: createRepos(ownerScope(trx, db, ownerId)),
    inTransaction: true,
    transaction: () => {
      throw new Error("Already in a transaction: use the store you were given.");
    },
    readSnapshot: () => {
      throw new Error("Already in a transaction: use the store you were given.");
    },
  });
  return {
    dialect: db.dialect,
    repos: createRepos(ownerScope(db.kysely, db, ownerId)),
    inTransaction: false,
    transaction: async (fn) => {
      const before = rowsChangedSoFar(db.sqlite);
      const result = await db.kysely.transaction().execute((trx) => fn(inside(trx)));
      // An import or a restore changes the shape of the data the planner's statistics describe.
      afterWrite(db.sqlite, before);
      return result;
    },
    readSnapshot: (fn) => {
      const begin = db.kysely.transaction();
      // SQLite has no isolation levels to choose: its transaction is already one snapshot.
      const snapshot =
        db.dialect === "postgres"
          ? begin.setIsolationLevel("repeatable read").setAccessMode("read only")
          : begin;
      return snapshot.execute((trx) => fn(inside(trx)));
    },
  };
}

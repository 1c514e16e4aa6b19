// One user's door to the data: repositories bound to that user and to one connection, or to one
// transaction inside `transaction(fn)`.
import type { Db } from "./connect.js";
import { createRepos, type Repos } from "./repos.js";
import type { Dialect } from "./schema.js";
import { ownerScope } from "./scope.js";

export interface UserStore {
  readonly dialect: Dialect;
  /** Repositories scoped to the user; inside `transaction`, bound to that transaction. */
  readonly repos: Repos;
  readonly inTransaction: boolean;
  /** Runs `fn` in one transaction: everything it writes is kept, or nothing (it rolls back on a throw). */
  transaction<T>(fn: (store: UserStore) => Promise<T>): Promise<T>;
}

export function userStore(db: Db, ownerId: string): UserStore {
  return {
    dialect: db.dialect,
    repos: createRepos(ownerScope(db.kysely, db, ownerId)),
    inTransaction: false,
    transaction: (fn) =>
      db.kysely.transaction().execute((trx) =>
        fn({
          dialect: db.dialect,
          repos: createRepos(ownerScope(trx, db, ownerId)),
          inTransaction: true,
          transaction: () => {
            throw new Error("Already in a transaction: use the store you were given.");
          },
        }),
      ),
  };
}

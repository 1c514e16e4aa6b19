// An owner-scoped door to the database: one user's rows, on one connection or one transaction.
import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Db } from "./connect.js";
import type { ScopedDatabase } from "./owned-tables.js";
import { OwnerScopePlugin } from "./owner-scope.js";
import type { Database, Dialect } from "./schema.js";

/** What a repository is given: queries through `db` see and write only `ownerId`'s rows. */
export interface OwnerScope {
  readonly db: Kysely<ScopedDatabase>;
  readonly ownerId: string;
  /**
   * The same connection or transaction without the owner scope. Only for data a centre shares on
   * purpose (the alumni directory's published profiles), read by the one repository that owns
   * that rule, and for the count cache's read of this owner's data version (by `ownerId`); every
   * other repository reads through `db` (src/db/shared-door.test.ts keeps it so).
   */
  readonly shared: Kysely<Database>;
  readonly dialect: Dialect;
  /** The SQLite handle, for bulk loads on the same connection; undefined on PostgreSQL. */
  readonly sqlite: SQLite.Database | undefined;
}

export function ownerScope(
  kysely: Kysely<Database>,
  from: Pick<Db, "dialect" | "sqlite">,
  ownerId: string,
): OwnerScope {
  return {
    db: kysely.withPlugin(new OwnerScopePlugin(ownerId)) as unknown as Kysely<ScopedDatabase>,
    ownerId,
    shared: kysely,
    dialect: from.dialect,
    sqlite: from.sqlite,
  };
}

import type { Kysely } from "kysely";
import type { ScopedDatabase } from "./owned-tables.js";
import type { OwnerScope } from "./scope.js";

/** What every repository is: queries through `this.db` see and write only the owner's rows. */
export abstract class Repository {
  protected readonly db: Kysely<ScopedDatabase>;

  constructor(protected readonly scope: OwnerScope) {
    this.db = scope.db;
  }
}

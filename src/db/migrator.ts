import { DEFAULT_MIGRATION_TABLE, Migrator, sql } from "kysely";
import type { Db } from "./connect.js";
import { migrations } from "./migrations/index.js";

export class MigrationError extends Error {}

/** Whether the migrations' own table exists: one look-up, not a listing of every table. */
async function hasMigrationTable(db: Db): Promise<boolean> {
  const found =
    db.dialect === "sqlite"
      ? sql<{
          found: string;
        }>`select name as found from sqlite_master where type = 'table' and name = ${DEFAULT_MIGRATION_TABLE}`
      : sql<{ found: string | null }>`select to_regclass(${DEFAULT_MIGRATION_TABLE})::text as found`;
  const { rows } = await found.execute(db.kysely);
  return rows.some((row) => row.found);
}

async function appliedMigrationNames(db: Db): Promise<string[]> {
  if (!(await hasMigrationTable(db))) return [];
  const rows = await sql<{
    name: string;
  }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)} order by name`.execute(db.kysely);
  return rows.rows.map((r) => r.name);
}

/** Why an applied history cannot continue with the code's migrations, or null when it can. */
export function historyConflict(applied: string[], code: string[]): string | null {
  for (const [index, name] of applied.entries()) {
    if (code[index] !== name) {
      return code.includes(name)
        ? `migration ${name} was applied out of order`
        : `it has migration ${name}, which this version does not know`;
    }
  }
  return null;
}

/**
 * Brings the database up to the code's schema. Refuses a database whose applied history
 * differs from the code's: its data was written by another version of coffeechat.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const list = migrations(db.dialect);
  const names = Object.keys(list);
  const applied = await appliedMigrationNames(db);
  const conflict = historyConflict(applied, names);
  if (conflict) {
    throw new MigrationError(
      `The database at ${db.location} was changed by another version of coffeechat: ${conflict}. ` +
        "Upgrade coffeechat, or point COFFEECHAT_DATA_DIR / DATABASE_URL at another database.",
    );
  }
  // Up to date (every start but the first after an upgrade): nothing to lock or run.
  if (applied.length === names.length) return [];
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => list } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Could not update the database at ${db.location}: ${message}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

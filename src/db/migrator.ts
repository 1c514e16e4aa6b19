import { DEFAULT_MIGRATION_TABLE, Migrator, sql } from "kysely";
import type { Db } from "./connect.js";
import { migrations } from "./migrations/index.js";

export class MigrationError extends Error {}

async function appliedMigrationNames(db: Db): Promise<string[]> {
  const tables = await db.kysely.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === DEFAULT_MIGRATION_TABLE)) return [];
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
  const conflict = historyConflict(await appliedMigrationNames(db), Object.keys(list));
  if (conflict) {
    throw new MigrationError(
      `The database at ${db.location} was changed by another version of coffeechat: ${conflict}. ` +
        "Upgrade coffeechat, or point COFFEECHAT_DATA_DIR / DATABASE_URL at another database.",
    );
  }
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => list } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Could not update the database at ${db.location}: ${message}`);
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

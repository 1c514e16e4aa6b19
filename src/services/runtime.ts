// Opens the data store for a process (server or CLI): connect, migrate, find the local user.
import type { Config } from "../config.js";
import { type Db, openDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrator.js";
import { ensureLocalUser } from "../db/users.repository.js";
import { type Clock, type ServiceContext, systemClock } from "./context.js";

export interface Runtime {
  db: Db;
  clock: Clock;
  /** The context for the local user (single-user mode). */
  local: ServiceContext;
  close(): Promise<void>;
}

export async function openRuntime(
  config: Pick<Config, "databaseUrl" | "sqliteFile" | "timeZone"> & Partial<Pick<Config, "mail">>,
  clock: Clock = systemClock,
): Promise<Runtime> {
  const db = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    await migrateToLatest(db);
    const user = await ensureLocalUser(db.kysely, {
      now: clock.now().toISOString(),
      timeZone: config.timeZone,
    });
    return {
      db,
      clock,
      local: {
        db,
        clock,
        user: { id: user.id, name: user.name, timeZone: user.time_zone },
        mail: config.mail ?? { smtpUrl: null, from: null },
      },
      close: () => db.close(),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

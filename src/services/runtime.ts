// Opens the data store for a process (server or CLI): connect, migrate, find the local user.
import type { Config } from "../config.js";
import { type Db, openDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrator.js";
import { refreshPlannerStatistics } from "../db/planner-statistics.js";
import { userStore } from "../db/store.js";
import { SystemRepository } from "../db/system.repository.js";
import { LOCAL_USER_ID, localUserRow } from "../db/users.repository.js";
import { type Clock, type CurrentUser, type ServiceContext, systemClock } from "./context.js";

export interface Runtime {
  db: Db;
  clock: Clock;
  /** What is not one user's: finding users, the outbox's claims. */
  system: SystemRepository;
  /** The context for the local user (single-user mode). */
  local: ServiceContext;
  /** A context for this user: their repositories and nothing else. */
  contextFor(user: CurrentUser, extra?: Pick<ServiceContext, "outbox">): ServiceContext;
  close(): Promise<void>;
}

export async function openRuntime(
  config: Pick<Config, "databaseUrl" | "sqliteFile" | "timeZone"> & Partial<Pick<Config, "mail">>,
  clock: Clock = systemClock,
): Promise<Runtime> {
  const db = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    await migrateToLatest(db);
    refreshPlannerStatistics(db.sqlite);
    const system = new SystemRepository(db.kysely, db.dialect);
    // The local user exists after the first start; its default time zone is looked up only to make it.
    const user =
      (await system.findUser(LOCAL_USER_ID)) ??
      (await system.ensureUser(localUserRow({ now: clock.now().toISOString(), timeZone: config.timeZone })));
    const mail = config.mail ?? { smtpUrl: null, from: null };
    const contextFor = (who: CurrentUser, extra: Pick<ServiceContext, "outbox"> = {}): ServiceContext => {
      const store = userStore(db, who.id);
      return { store, repos: store.repos, clock, user: who, mail, ...extra };
    };
    return {
      db,
      clock,
      system,
      local: contextFor({ id: LOCAL_USER_ID, name: user.name, timeZone: user.time_zone }),
      contextFor,
      close: () => db.close(),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

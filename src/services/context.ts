import type { Db } from "../db/connect.js";

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The signed-in person; in local mode, the one local user. */
export interface CurrentUser {
  id: string;
  name: string;
  timeZone: string;
}

/** What every use-case gets: where the data is, what time it is, and for whom it works. */
export interface ServiceContext {
  db: Db;
  clock: Clock;
  user: CurrentUser;
}

export function nowIso(ctx: { clock: Clock }): string {
  return ctx.clock.now().toISOString();
}

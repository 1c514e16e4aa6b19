import type { MailConfig } from "../config.js";
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

/** The outbox of this process, when it runs one: sends messages now, or soon. */
export interface OutboxHandle {
  /** Who claims messages, e.g. "host:pid:random". */
  readonly workerId: string;
  /** Sends a message this process has already claimed, in the background. */
  deliverClaimed(messageId: string): void;
  /** Looks for due messages now rather than at the next poll. */
  wake(): void;
}

/** What every use-case gets: where the data is, what time it is, and for whom it works. */
export interface ServiceContext {
  db: Db;
  clock: Clock;
  user: CurrentUser;
  /** The mail server from the environment, for users who did not set their own. */
  mail?: MailConfig;
  outbox?: OutboxHandle;
}

export function nowIso(ctx: { clock: Clock }): string {
  return ctx.clock.now().toISOString();
}

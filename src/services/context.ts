import type { MailConfig } from "../config.js";
import type { Repos } from "../db/repos.js";
import type { UserStore } from "../db/store.js";

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

/**
 * What every use-case gets: the user's repositories (the only door to the data), what time it
 * is, and for whom it works. Inside `withTransaction` the repositories share one transaction.
 */
export interface ServiceContext {
  store: UserStore;
  repos: Repos;
  clock: Clock;
  user: CurrentUser;
  /** The mail server from the environment, for users who did not set their own. */
  mail?: MailConfig;
  outbox?: OutboxHandle;
  /** Hosted mode: the database is shared with other accounts (a restore then takes new ids). */
  hosted?: boolean;
}

/**
 * Runs a use-case in one transaction: everything `fn` writes through `tx.repos` (and through the
 * services it calls with `tx`) is kept together or not at all. Inside a transaction, joins it.
 */
export function withTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (ctx.store.inTransaction) return fn(ctx);
  return ctx.store.transaction((store) => fn({ ...ctx, store, repos: store.repos }));
}

/**
 * Runs a long read (an export that pages through tables) on one consistent snapshot of the data,
 * read-only. Inside a transaction, joins it.
 */
export function withReadSnapshot<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (ctx.store.inTransaction) return fn(ctx);
  return ctx.store.readSnapshot((store) => fn({ ...ctx, store, repos: store.repos }));
}

export function nowIso(ctx: { clock: Clock }): string {
  return ctx.clock.now().toISOString();
}

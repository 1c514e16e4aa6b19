// After a local server starts, while no one is waiting yet, it reads what a first search walks
// into SQLite's cache, a slice at a time between other requests. SQLite answers on the server's
// only thread: a first search that reads the name order from disk holds every other request for
// as long (tens of milliseconds at 100,000 contacts). PostgreSQL keeps its own shared cache
// across its connections and instances, so there is nothing to do there.
import type { ServiceContext } from "./context.js";

export interface WarmUp {
  /** Stops between two slices and waits for the one being read. */
  stop(): Promise<void>;
}

export function startWarmUp(ctx: ServiceContext): WarmUp {
  if (ctx.store.dialect !== "sqlite") return { stop: async () => {} };
  let stopped = false;
  // Best effort: a warm-up that fails changes nothing but the speed of the first search.
  const done = ctx.repos.contacts.warmNameOrder(() => stopped).catch(() => 0);
  return {
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

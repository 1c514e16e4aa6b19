// Runs one CLI action against the data store, closing it afterwards.
import { loadConfig } from "../config.js";
import type { ServiceContext } from "../services/context.js";
import { openRuntime, type Runtime } from "../services/runtime.js";

/** Runs an action with the whole runtime (what is not one user's: the SQLite file, the outbox). */
export async function withRuntime<T>(action: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await action(runtime);
  } finally {
    await runtime.close();
  }
}

/** Runs an action as the local user. */
export function withContext<T>(action: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  return withRuntime((runtime) => action(runtime.local));
}

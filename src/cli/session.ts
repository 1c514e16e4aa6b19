// Runs one CLI action against the data store, closing it afterwards.
import { loadConfig } from "../config.js";
import type { ServiceContext } from "../services/context.js";
import { openRuntime } from "../services/runtime.js";

export async function withContext<T>(action: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await action(runtime.local);
  } finally {
    await runtime.close();
  }
}

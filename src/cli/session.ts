// Runs one CLI action against the data: this computer's database, or, when signed in to a hosted
// coffeechat (`coffeechat login`, or COFFEECHAT_URL and COFFEECHAT_TOKEN), that server's API.
// The one place that chooses; a command that only knows this computer's data refuses while signed
// in, never quietly using it.
import { loadConfig } from "../config.js";
import { DomainError } from "../core/errors.js";
import type { ServiceContext } from "../services/context.js";
import { openRuntime, type Runtime } from "../services/runtime.js";
import type { Data } from "./data.js";
import { currentSignIn, type SignIn } from "./sign-in.js";

/** The command as typed, e.g. "coffeechat goals list", for messages. */
function invoked(): string {
  const [command, sub] = process.argv.slice(2, 4);
  return ["coffeechat", command, sub && /^[a-z][a-z-]*$/.test(sub) ? sub : undefined]
    .filter(Boolean)
    .join(" ");
}

export class LocalOnlyError extends DomainError {
  constructor(signIn: SignIn) {
    const how =
      signIn.from === "environment" ? "unset COFFEECHAT_URL and COFFEECHAT_TOKEN" : "run `coffeechat logout`";
    super(
      "local_only",
      `\`${invoked()}\` works only on this computer's data, and you are signed in to ${signIn.url}. To use this computer's data, ${how}.`,
    );
  }
}

/** Runs an action with the whole runtime (what is not one user's: the SQLite file, the outbox). */
export async function withRuntime<T>(action: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const signIn = currentSignIn(config);
  if (signIn) throw new LocalOnlyError(signIn);
  const runtime = await openRuntime(config);
  try {
    return await action(runtime);
  } finally {
    await runtime.close();
  }
}

/** Runs an action as the local user, on this computer's data only. */
export function withContext<T>(action: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  return withRuntime((runtime) => action(runtime.local));
}

/** Runs an action on the data: the hosted server's when signed in, else this computer's. */
export async function withData<T>(action: (data: Data) => Promise<T>): Promise<T> {
  const signIn = currentSignIn(loadConfig());
  const { localData, remoteData } = await import("./data.js");
  if (signIn) return action(remoteData(new (await import("./remote.js")).Remote(signIn)));
  return withContext((ctx) => action(localData(ctx)));
}

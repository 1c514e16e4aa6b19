// Who is asking, in hosted mode: the signed-in browser's session (a cookie, checked against the
// database) or a personal API token (`Authorization: Bearer <token>`, made in Settings, for the
// CLI and scripts). Either gives that user's own context; nothing else reaches anyone's data.
import { API_TOKEN_PURPOSE, tokenHash } from "../services/api-tokens.service.js";
import type { ServiceContext } from "../services/context.js";
import type { Runtime } from "../services/runtime.js";
import type { Auth } from "./auth.js";

export function hostedContextFor(
  runtime: Runtime,
  auth: Auth,
  extra: Pick<ServiceContext, "outbox">,
): (request: Request) => Promise<ServiceContext | null> {
  return async (request) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
    let userId: string | null = null;
    if (bearer?.[1]) {
      userId = await runtime.system.feedOwner(tokenHash(bearer[1]), API_TOKEN_PURPOSE);
    } else {
      const session = await auth.api.getSession({ headers: request.headers });
      userId = session?.user.id ?? null;
    }
    if (!userId) return null;
    const user = await runtime.system.findUser(userId);
    if (!user) return null;
    return {
      ...runtime.contextFor({ id: user.id, name: user.name, timeZone: user.time_zone }, extra),
      hosted: true,
    };
  };
}

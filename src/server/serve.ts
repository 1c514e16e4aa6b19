// Starts the HTTP server on the configured address and stops it cleanly.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Config, HostedConfig } from "../config.js";
import { version, webDir } from "../paths.js";
import { outboxDeps } from "../services/outbox.service.js";
import { OutboxWorker } from "../services/outbox-worker.js";
import { openRuntime, type Runtime } from "../services/runtime.js";
import { startWarmUp } from "../services/warm-up.js";
import { createApp } from "./app.js";
import { closeServer } from "./close-server.js";
import { publicUrlOf } from "./public-url.js";

/** How long an idle connection stays open: above the 60 s that clients and proxies commonly keep one. */
const KEEP_ALIVE_MS = 65_000;

export interface RunningServer {
  url: string;
  runtime: Runtime;
  stop(): Promise<void>;
}

async function hostedAuth(runtime: Runtime, config: Config, hosted: HostedConfig, outbox: OutboxWorker) {
  const [{ createAuth }, { hostedContextFor }] = await Promise.all([
    import("./auth.js"),
    import("./hosted-access.js"),
  ]);
  const auth = createAuth({ db: runtime.db, hosted, mail: config.mail, timeZone: config.timeZone });
  return { handler: auth.handler, contextFor: hostedContextFor(runtime, auth, { outbox }) };
}

export async function startServer(config: Config): Promise<RunningServer> {
  const runtime = await openRuntime(config);
  const outbox = new OutboxWorker(outboxDeps(runtime, { mail: config.mail }));
  const local = { ...runtime.local, outbox };
  let listeningPort = config.port;
  const hosted = config.hosted;
  // Sign-in (better-auth) is loaded in hosted mode only: local mode does not pay for it at start.
  const auth = hosted ? await hostedAuth(runtime, config, hosted, outbox) : undefined;
  const app = createApp({
    contextFor: auth?.contextFor ?? (() => local),
    authHandler: auth?.handler,
    mode: config.mode,
    signIn: hosted ? { signUp: hosted.signUp, singleSignOn: hosted.oidc?.name ?? null } : undefined,
    runtime,
    version,
    webDir,
    // Hosted mode signs people in and is reached through its public address; local mode guards.
    localGuard: hosted ? undefined : { port: () => listeningPort },
    publicUrl: () => hosted?.publicUrl ?? publicUrlOf(config.host, listeningPort),
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
  // An idle connection stays open longer than a client or proxy keeps one (about 60 s at most), so
  // the client always closes first and never sends a request on a socket the server has just shut.
  // Node's 5 s default lost scripts' POSTs whenever their process paused past it.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
  } catch (error) {
    await runtime.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") {
      throw new Error(
        `Port ${config.port} on ${config.host} is in use: is coffeechat already running? Set PORT to use another.`,
      );
    }
    throw error;
  }
  outbox.start();
  const warmUp = startWarmUp(runtime.local);
  const { port } = server.address() as AddressInfo;
  listeningPort = port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    runtime,
    stop: async () => {
      await closeServer(server);
      await warmUp.stop();
      await outbox.stop();
      await runtime.close();
    },
  };
}

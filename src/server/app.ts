// The HTTP face: the API under /api (documented at /api/openapi.json) and the web app.
import { swaggerUI } from "@hono/swagger-ui";
import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import type { ServiceContext } from "../services/context.js";
import { accountRoutes } from "./account.routes.js";
import { agendaRoutes } from "./agenda.routes.js";
import { alumniRoutes } from "./alumni.routes.js";
import { analyticsRoutes } from "./analytics.routes.js";
import { bodyLimits } from "./body-limits.js";
import { cohortRoutes } from "./cohorts.routes.js";
import { contactRoutes } from "./contacts.routes.js";
import { conversationRoutes } from "./conversations.routes.js";
import { type AppEnv, type AppRuntime, newRouter } from "./env.js";
import { errorBody, handleError } from "./errors.js";
import { exchangeRoutes } from "./exchanges.routes.js";
import { fileRoutes } from "./files.routes.js";
import { followThroughRoutes } from "./follow-through.routes.js";
import { goalRoutes } from "./goals.routes.js";
import { healthRoutes, type SignInOptions } from "./health.routes.js";
import { type LocalGuardOptions, localGuard } from "./local-guard.js";
import { messageRoutes } from "./messages.routes.js";
import { networkRoutes } from "./network.routes.js";
import { nulGuard } from "./nul-guard.js";
import { organizationRoutes } from "./organizations.routes.js";
import { outreachRoutes } from "./outreach.routes.js";
import { prepRoutes } from "./prep.routes.js";
import { DEFAULT_PUBLIC_URL } from "./public-url.js";
import { questionRoutes } from "./questions.routes.js";
import { searchRoutes } from "./search.routes.js";
import { securityHeaders } from "./security-headers.js";
import { serveWebApp } from "./static.js";
import { templateRoutes } from "./templates.routes.js";
import { apiCachePolicy, compression } from "./transfer.js";

export interface AppOptions {
  /**
   * Finds the service context of a request; local mode always answers the local user. Null (hosted
   * mode, no session or token): the request answers 401, except the public routes.
   */
  contextFor: (request: Request) => ServiceContext | null | Promise<ServiceContext | null>;
  /** Hosted mode: sign-in's own routes under /api/auth (better-auth's handler). */
  authHandler?: ((request: Request) => Promise<Response>) | undefined;
  /** Hosted mode: accounts, sign-in, an account can be deleted. */
  mode?: "local" | "hosted";
  /** Hosted mode: whether sign-up is open and the single sign-on's name (told by GET /api/health). */
  signIn?: Omit<SignInOptions, "mode"> | undefined;
  version: string;
  /** Users, for routes whose credential is in the address (calendar feeds); omitted, those answer 404. */
  runtime?: AppRuntime;
  /** The built web app's folder; omitted, only the API is served. */
  webDir?: string | undefined;
  /** Local mode's guard (Host and cross-site checks); the real server always sets it. */
  localGuard?: LocalGuardOptions | undefined;
  /** The app's own address for absolute links (from configuration); DEFAULT_PUBLIC_URL if omitted. */
  publicUrl?: (() => string) | undefined;
}

/** What answers without a signed-in user in hosted mode (the feed's token is its credential). */
const PUBLIC_API = /^\/api\/(health|openapi\.json|docs|feeds\/[^/]+\/calendar\.ics)$/;

function apiRoutes(version: string, signIn: SignInOptions) {
  const { mode } = signIn;
  return newRouter()
    .route("/", healthRoutes(version, signIn))
    .route("/", accountRoutes(mode))
    .route("/", contactRoutes)
    .route("/", organizationRoutes)
    .route("/", conversationRoutes)
    .route("/", messageRoutes)
    .route("/", agendaRoutes)
    .route("/", fileRoutes)
    .route("/", templateRoutes)
    .route("/", outreachRoutes)
    .route("/", questionRoutes)
    .route("/", goalRoutes)
    .route("/", prepRoutes)
    .route("/", followThroughRoutes)
    .route("/", exchangeRoutes)
    .route("/", cohortRoutes)
    .route("/", alumniRoutes)
    .route("/", searchRoutes)
    .route("/", networkRoutes)
    .route("/", analyticsRoutes);
}

export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use(requestId(), securityHeaders());
  if (options.localGuard) app.use(localGuard(options.localGuard));
  app.use(bodyLimits(), nulGuard());
  app.use(compression());
  app.use("/api/*", apiCachePolicy());
  const authHandler = options.authHandler;
  if (authHandler) {
    app.on(["GET", "POST"], "/api/auth/*", async (c) => {
      // The guards before may have read the body; hand sign-in a request with it again.
      const raw = c.req.raw;
      const body = raw.method === "GET" ? undefined : await c.req.arrayBuffer();
      return authHandler(new Request(raw.url, { method: raw.method, headers: raw.headers, body }));
    });
  }
  app.use("/api/*", async (c, next) => {
    const ctx = await options.contextFor(c.req.raw);
    if (ctx) c.set("ctx", ctx);
    else if (!PUBLIC_API.test(c.req.path)) {
      return c.json(
        errorBody("unauthorized", "Sign in first: this needs your session or a personal API token."),
        401,
      );
    }
    c.set("runtime", options.runtime);
    c.set("publicUrl", options.publicUrl?.() ?? DEFAULT_PUBLIC_URL);
    await next();
  });
  const api = apiRoutes(options.version, {
    mode: options.mode ?? "local",
    signUp: options.signIn?.signUp ?? false,
    singleSignOn: options.signIn?.singleSignOn ?? null,
  });
  api.get("/docs", swaggerUI({ url: "/api/openapi.json" }));
  api.notFound((c) => c.json(errorBody("not_found", `No API route ${c.req.method} ${c.req.path}.`), 404));
  const routed = app.route("/api", api);
  routed.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "coffeechat API",
      version: options.version,
      description:
        "Contacts, organisations and the practice of informational interviews. Errors are " +
        '`{ "error": { "code", "message", "field"? } }`.',
    },
  });
  routed.all("/api/*", (c) =>
    c.json(errorBody("not_found", `No API route ${c.req.method} ${c.req.path}.`), 404),
  );
  if (options.webDir) serveWebApp(routed, options.webDir);
  return routed;
}

/** The app's type, for the typed client (`hc<AppType>`) of the web app, tests and scripts. */
export type AppType = ReturnType<typeof createApp>;

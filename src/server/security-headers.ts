// Security headers on every response: a Content-Security-Policy fitting the web app (its own
// scripts only; Mantine sets inline styles), no framing by any page, no MIME sniffing, no referrer.
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

const APP_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** /api/docs is Swagger UI: its script and styles come from a CDN, with a small inline start-up script. */
const CDN = "https://cdn.jsdelivr.net";
const DOCS_POLICY = {
  ...APP_POLICY,
  scriptSrc: ["'self'", "'unsafe-inline'", CDN],
  styleSrc: ["'self'", "'unsafe-inline'", CDN],
  imgSrc: ["'self'", "data:", CDN],
};

const common = {
  strictTransportSecurity: false, // plain http on the loopback interface: HSTS does not apply
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
  crossOriginResourcePolicy: "same-origin",
  crossOriginOpenerPolicy: "same-origin",
} as const;

export function securityHeaders(): MiddlewareHandler {
  const app = secureHeaders({ ...common, contentSecurityPolicy: APP_POLICY });
  const docs = secureHeaders({ ...common, contentSecurityPolicy: DOCS_POLICY });
  return (c, next) => (c.req.path === "/api/docs" ? docs(c, next) : app(c, next));
}

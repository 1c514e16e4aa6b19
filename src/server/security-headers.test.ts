import { describe, expect, it } from "vitest";
import { createApp } from "./app.js";

describe("security headers", () => {
  const app = createApp({
    contextFor: () => {
      throw new Error("not used");
    },
    version: "test",
  });

  it("forbid framing and sniffing, send no referrer, and allow only the app's own scripts", async () => {
    for (const path of ["/api/health", "/api/openapi.json", "/api/no-such-route", "/"]) {
      const response = await app.request(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
    }
  });

  it("let the API docs load Swagger UI from its CDN, still unframeable", async () => {
    const response = await app.request("/api/docs");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("https://cdn.jsdelivr.net");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

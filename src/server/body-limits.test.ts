import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../test/support/databases.js";
import { createApp } from "./app.js";
import { DEFAULT_BODY_LIMIT, IMPORT_BODY_LIMIT } from "./body-limits.js";

/** A body of `size` bytes, streamed in 64 KB chunks with no Content-Length (chunked). */
function streamOf(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = new Uint8Array(Math.min(65_536, size - sent)).fill(0x20);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

describe("body limits", () => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;

  beforeEach(async () => {
    t = await createTestRuntime("sqlite");
    app = createApp({ contextFor: () => t.ctx, version: "test" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers 413 in our error shape when a JSON body is over 1 MB, without reading it", async () => {
    const declared = await app.request("/api/contacts", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(200 * 1024 * 1024) },
      body: streamOf(10),
      duplex: "half",
    } as RequestInit);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      error: { code: "too_large", message: expect.stringContaining("1 MB") },
    });

    const chunked = await app.request("/api/contacts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: streamOf(DEFAULT_BODY_LIMIT + 1),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it("accepts a JSON body just under the limit and answers on its content", async () => {
    const notes = "n".repeat(90_000);
    const response = await app.request("/api/contacts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Ada", notes, padding: " ".repeat(DEFAULT_BODY_LIMIT - 100_000) }),
    });
    expect(response.status).toBe(201);
  });

  it("lets imports be larger (up to 50 MB), and refuses more with 413", async () => {
    expect(IMPORT_BODY_LIMIT).toBe(50 * 1024 * 1024);
    const big = await app.request("/api/import/linkedin", {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: streamOf(IMPORT_BODY_LIMIT + 1),
      duplex: "half",
    } as RequestInit);
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: "too_large" } });

    const csv = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,,,\n`;
    const twoMb = await app.request("/api/import/linkedin?dryRun=true", {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: csv + " ".repeat(2 * 1024 * 1024),
    });
    expect(twoMb.status).toBe(200);
  });
});

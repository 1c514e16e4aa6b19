// The load check: 100 clients for 20 s of mixed reads and writes on 10,000 contacts; no request may
// fail. Latency is reported here and by `npm run bench`, not asserted (CI machines vary too much).
import { describe, expect, it } from "vitest";
import { formatLoadReport, runLoad } from "./load-run.js";
import { startLoadServer } from "./load-setup.js";

const SECONDS = Number(process.env.COFFEECHAT_LOAD_SECONDS ?? 20);

describe("load", () => {
  it(
    `100 clients for ${SECONDS} s of mixed reads and writes: no errors`,
    async () => {
      const { server, contactIds } = await startLoadServer(10_000);
      try {
        const report = await runLoad({ url: server.url, clients: 100, seconds: SECONDS, contactIds });
        console.log(`[load] ${formatLoadReport(report)}`);
        expect(report.errors.slice(0, 10)).toEqual([]);
        expect(report.requests).toBeGreaterThan(100);
      } finally {
        await server.stop();
      }
    },
    120_000 + SECONDS * 1000,
  );
});

// npx tsx bench/web-paint.ts [--runs 5]: Today in headless Chromium against the built server
// (run `npm run build` first): first contentful paint (median of the runs, each in a fresh browser
// context, so nothing cached) and the JavaScript Today loads, gzipped, chunk by chunk.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/support/browser.js";
import { startServer } from "../test/support/spawn-server.js";

const runsIndex = process.argv.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(process.argv[runsIndex + 1]) : 5;
const assets = path.resolve("dist/web/assets");

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const server = await startServer();
const browser = await launchChromium();
try {
  const contact = await fetch(`${server.url}/api/contacts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ firstName: "Ada", lastName: "Lovelace" }),
  });
  if (!contact.ok) throw new Error(`Could not add a contact: ${contact.status} ${await contact.text()}`);

  const paints: number[] = [];
  const settled: number[] = [];
  let scripts: string[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith("/assets/") && url.pathname.endsWith(".js")) loaded.push(url.pathname);
    });
    await page.goto(`${server.url}/today`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      now: performance.now(),
    }));
    paints.push(timing.fcp);
    settled.push(timing.now);
    scripts = loaded;
    await context.close();
  }

  const chunks = [...new Set(scripts)].map((url) => {
    const file = readFileSync(path.join(assets, path.basename(url)));
    return { chunk: path.basename(url), gzipped: gzipSync(file).length, raw: file.length };
  });
  chunks.sort((a, b) => b.gzipped - a.gzipped);
  const total = chunks.reduce((sum, c) => sum + c.gzipped, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Today, ${runs} runs in headless Chromium (fresh context each):`);
  console.log(
    `  first contentful paint: median ${median(paints).toFixed(0)} ms (${paints.map((p) => p.toFixed(0)).join(", ")})`,
  );
  console.log(`  heading shown:          median ${median(settled).toFixed(0)} ms`);
  console.log(`  JavaScript loaded: ${chunks.length} chunks, ${kb(total)} gzipped`);
  for (const c of chunks) console.log(`    ${kb(c.gzipped).padStart(9)}  ${c.chunk}`);
} finally {
  await browser.close();
  await server.stop();
}

// One browser journey's set-up: the real, built server, headless Chromium at 1280x800 with a 10 s default
// timeout, page errors collected, steps that keep a screenshot when they fail, and a JSON API helper.
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { type StartedServer, startServer } from "./spawn-server.js";

export interface Journey {
  /** The server's address, e.g. "http://127.0.0.1:41234" (set in beforeAll). */
  readonly url: string;
  /** The one page the journey drives (set in beforeAll). */
  readonly page: Page;
  /** Messages of uncaught errors in the page, in order. */
  readonly pageErrors: string[];
  /** Runs a step; on failure keeps a screenshot for the post-mortem and says where. */
  step(name: string, body: () => Promise<void>): Promise<void>;
  /** Calls `/api${route}` with an optional JSON body; throws unless the answer is 2xx. */
  api<T>(method: string, route: string, body?: unknown): Promise<T>;
}

export interface JourneyOptions {
  /**
   * More environment variables for the server, read when it starts (after the describe block's
   * earlier beforeAll hooks, so they may use what those started, e.g. a test SMTP server's URL).
   */
  serverEnv?: (url: string) => Record<string, string | undefined>;
  /** Lets the test inject scripts (axe-core) past the app's Content-Security-Policy. */
  bypassCsp?: boolean;
}

/** Registers beforeAll/afterAll in the calling describe block and returns the journey's handles. */
export function useJourney(options: JourneyOptions = {}): Journey {
  let server: StartedServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const serverEnv = options.serverEnv;
    server = await startServer({ env: serverEnv ? (url) => serverEnv(url) : undefined });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      bypassCSP: options.bypassCsp ?? false,
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const started = (): { server: StartedServer; page: Page } => {
    if (!server || !page) throw new Error("The journey is not set up yet: use it inside a test.");
    return { server, page };
  };

  return {
    get url() {
      return started().server.url;
    },
    get page() {
      return started().page;
    },
    pageErrors,
    async step(name, body) {
      try {
        await body();
      } catch (error) {
        const file = path.join(os.tmpdir(), `coffeechat-journey-${name.replace(/\W+/g, "-")}.png`);
        await page?.screenshot({ path: file, fullPage: true }).catch(() => {});
        throw new Error(`Step "${name}" failed (screenshot: ${file}): ${(error as Error).message}`);
      }
    },
    async api<T>(method: string, route: string, body?: unknown): Promise<T> {
      const response = await fetch(`${started().server.url}/api${route}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok)
        throw new Error(`${method} ${route}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

import type { OutreachCheck } from "../core/outreach-checks.js";
import type { Output } from "./output.js";

const MARK = { ok: "ok  ", warn: "warn", fail: "FAIL" } as const;

/** The outreach checks, one line each. */
export function printChecks(out: Output, checks: readonly OutreachCheck[]): void {
  out.write(checks.map((c) => `${MARK[c.level]}  ${c.message}`).join("\n"));
}

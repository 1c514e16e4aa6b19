// Accessibility checks for the browser journeys: runs axe-core in the page and fails, listing each
// serious or critical violation (rule, element, page), so a page that a screen reader or a low-vision
// user cannot use does not ship.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
/** The browser build of axe-core, injected into the page under test. */
export const AXE_SCRIPT_PATH = require.resolve("axe-core/axe.min.js");

/** The impacts a page must never have. */
const BLOCKING = new Set(["serious", "critical"]);

export interface AxeViolation {
  /** The axe rule, e.g. "color-contrast". */
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of what is wrong with each. */
  nodes: { target: string; summary: string }[];
}

interface AxeWindow {
  axe?: {
    run(
      context: Document,
      options: { resultTypes: string[] },
    ): Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }>;
  };
}

/** Runs axe-core on the page as it is now and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => Boolean((window as unknown as AxeWindow).axe));
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as AxeWindow).axe;
    if (!axe) throw new Error("axe-core did not load in the page");
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "unknown",
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(" "),
        summary: (node.failureSummary ?? "").replace(/\s+/g, " ").trim(),
      })),
    }));
  });
  return violations.filter((violation) => BLOCKING.has(violation.impact));
}

/** Describes violations one element per line, for a failing test's message. */
export function describeViolations(label: string, violations: readonly AxeViolation[]): string {
  const lines = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `  [${label}] ${violation.id} (${violation.impact}): ${node.target} — ${node.summary || violation.help}`,
    ),
  );
  return `${lines.length} serious or critical accessibility problem(s) on ${label}:\n${lines.join("\n")}`;
}

/**
 * Fails unless axe-core finds no serious or critical violation on the page as it is now; the error
 * lists each one with its rule, element and the page's `label` (e.g. "Today (dark)").
 */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(describeViolations(label, violations));
}

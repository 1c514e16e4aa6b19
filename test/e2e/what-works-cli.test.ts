import path from "node:path";
import { describe, expect, it } from "vitest";
import { openRuntime } from "../../src/services/runtime.js";
import { KNOWN_NOW, seedKnownRecord } from "../support/analytics-fixtures.js";
import { useCliData } from "../support/cli.js";
import { dialects, fixedClock } from "../support/databases.js";

describe.each(dialects)("coffeechat what-works [%s]", (dialect) => {
  const { cli, json, dataDir, databaseUrl } = useCliData(dialect, "what-works");

  it("explains what will appear before there is anything, then prints the key figures and the JSON", async () => {
    const empty = cli("what-works");
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain("Nothing to show yet");
    // The known record, written into the same database the command reads.
    const runtime = await openRuntime(
      {
        databaseUrl: databaseUrl(),
        sqliteFile: path.join(dataDir(), "coffeechat.sqlite"),
        timeZone: "Europe/Berlin",
      },
      fixedClock(KNOWN_NOW),
    );
    try {
      await seedKnownRecord(runtime.local);
    } finally {
      await runtime.close();
    }
    const figures = json("what-works");
    // Tokyo's Tuesdays and New York's Fridays; the two people without a zone are read on my clock,
    // which the command took from this machine when it first ran (UTC here: Sunday night).
    expect(figures.timeZone).toBe("UTC");
    expect(figures.replies.byWeekday.map((d: { sent: number }) => d.sent)).toEqual([0, 4, 0, 0, 4, 0, 2]);
    const text = cli("what-works");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Replies: 5 of 10 requests (50%); median 2 days to reply");
    expect(text.stdout).toMatch(/Tuesday\s+3 of 4 replied \(75%\)\s+too few to tell/);
    expect(text.stdout).toMatch(/Short and specific\s+3 of 4 replied/);
    expect(text.stdout).toMatch(/Aiko Tanaka\s+introduced 2, met 2/);
    expect(text.stdout).toContain("Goals: pursue 1, eliminate 1, undecided 0, not decided yet 1");
  });
});

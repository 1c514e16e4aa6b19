import { describe, expect, it } from "vitest";
import { useCliData } from "../support/cli.js";
import { dialects } from "../support/databases.js";

describe.each(dialects)("coffeechat search [%s]", (dialect) => {
  const { cli, json } = useCliData(dialect, "search");

  it("finds a tag and a word in the notes, with the match marked, and says so when nothing is found", () => {
    const ana = json(
      "contacts",
      "add",
      "--first-name",
      "Ana",
      "--last-name",
      "Ruiz",
      "--tag",
      "Metabolomics",
    );
    json(
      "contacts",
      "add",
      "--first-name",
      "Bo",
      "--last-name",
      "Lind",
      "--notes",
      "Met her at the Lyon meetup.",
    );
    const found = json("search", "metabolomics");
    expect(found.items).toEqual([
      expect.objectContaining({ kind: "contact", id: ana.id, title: "Ana Ruiz" }),
    ]);
    const text = cli("search", "lyon", "meet");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Bo Lind");
    expect(text.stdout).toContain("[Lyon] [meetup]");
    expect(cli("search", "zzyzx").stdout).toContain('Nothing found for "zzyzx"');
    expect(cli("search", "x", "--kinds", "people").code).toBe(1);
  });
});

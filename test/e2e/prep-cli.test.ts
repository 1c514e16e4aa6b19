import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useCliData } from "../support/cli.js";
import { dialects } from "../support/databases.js";

describe.each(dialects)("coffeechat prep, goals and questions [%s]", (dialect) => {
  const { cli, json, dataDir } = useCliData(dialect, "prep");

  it("prints the prep sheet of a scheduled 30-minute company conversation with a goal as Markdown", () => {
    const contact = json(
      "contacts",
      "add",
      "Grace",
      "Hopper",
      "--org",
      "Acme",
      "--title",
      "Engineering manager",
    );
    const goal = json("goals", "add", "Explore", "data", "engineering", "--kind", "role");
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const conversation = json(
      "conversations",
      "add",
      contact.id,
      "--kind",
      "company",
      "--stage",
      "scheduled",
      "--format",
      "video",
      "--at",
      tomorrow,
      "--duration",
      "30",
      "--goal",
      goal.id,
    );
    expect(conversation).toMatchObject({ goalIds: [goal.id], durationMinutes: 30, kind: "company" });

    const result = cli("prep", conversation.id, "--format", "md");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md).toMatch(/Grace Hopper/);
    expect(md).toMatch(/Explore data engineering/);
    const questions = md.split("\n").filter((line) => /^\d+\. \S/.test(line));
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.at(-2)).toMatch(/who else/i);
    expect(questions.at(-1)).toMatch(/May I mention/);

    const out = path.join(dataDir(), "prep.json");
    const written = cli("prep", conversation.id, "--format", "json", "--out", out);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/written to/);
    const sheet = JSON.parse(readFileSync(out, "utf8"));
    expect(sheet.who.name).toBe("Grace Hopper");
    expect(sheet.questions.at(-1).area).toBe("leads");

    const missing = cli("prep", "00000000-0000-4000-8000-00000000dead");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^coffeechat: No conversation with id/);
  });

  it("lists, adds and decides goals, and lists questions by area", () => {
    const goal = json("goals", "add", "Product", "management", "--kind", "role");
    expect(json("goals", "list").items.map((g: { id: string }) => g.id)).toEqual([goal.id]);

    const refused = cli("goals", "decide", goal.id, "--decision", "pursue");
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/--reason is needed to pursue/);
    const decided = json(
      "goals",
      "decide",
      goal.id,
      "--decision",
      "pursue",
      "--reason",
      "I like the mix of people",
    );
    expect(decided).toMatchObject({ decision: "pursue", decisionReason: "I like the mix of people" });
    expect(cli("goals", "list").stdout).toMatch(/Product management\s+role\s+Pursue/);
    expect(cli("goals", "add", "No kind").code).toBe(2);

    const all = json("questions", "list").items;
    expect(all.length).toBeGreaterThanOrEqual(60);
    const leads = json("questions", "list", "--area", "leads").items;
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((q: { area: string }) => q.area === "leads")).toBe(true);
    expect(cli("questions", "list", "--area", "leads").stdout).toMatch(/More people to meet/);
  });
});

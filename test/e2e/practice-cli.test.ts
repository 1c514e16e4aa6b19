import { describe, expect, it } from "vitest";
import { useCliData } from "../support/cli.js";
import { dialects } from "../support/databases.js";

describe.each(dialects)("coffeechat today and conversations [%s]", (dialect) => {
  const { cli, json } = useCliData(dialect, "today");

  it("plans, holds and moves a conversation, and shows the thank-you in today", () => {
    const contact = json("contacts", "add", "Nia", "Jones", "--org", "Acme");
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const conversation = json(
      "conversations",
      "add",
      contact.id,
      "--kind",
      "company",
      "--stage",
      "scheduled",
      "--format",
      "coffee",
      "--at",
      yesterday,
    );
    expect(conversation).toMatchObject({ stage: "scheduled", kind: "company", contactName: "Nia Jones" });

    const refused = cli("conversations", "move", conversation.id, "idea");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/From Scheduled it can go to: Done, Declined, Cancelled/);

    expect(json("conversations", "move", conversation.id, "done")).toMatchObject({ stage: "done" });
    const agenda = json("today");
    const items = agenda.sections.flatMap((s: { items: unknown[] }) => s.items);
    expect(items).toContainEqual(
      expect.objectContaining({ kind: "thank-you", conversationId: conversation.id }),
    );

    const text = cli("today");
    expect(text.stdout).toMatch(/Thank Nia Jones/);
    expect(text.stdout).toMatch(/This week: 1 of 1 conversation/);

    expect(json("conversations", "list", "--stage", "done")).toMatchObject({ total: 1 });
    const shown = cli("conversations", "show", conversation.id);
    expect(shown.stdout).toMatch(/scheduled → done/);
  });
});

import { describe, expect, it } from "vitest";
import { STAGES } from "../../core/stages.js";
import type { Conversation } from "../api/types.js";
import { BOARD_COLUMNS, groupByStage } from "./pipeline.js";

function conversation(id: string, stage: Conversation["stage"]): Conversation {
  return { id, stage } as Conversation;
}

describe("the pipeline board", () => {
  it("has a place for every stage, exactly once", () => {
    const shown = BOARD_COLUMNS.flatMap((column) => column.stages);
    expect([...shown].sort()).toEqual([...STAGES].sort());
  });

  it("groups by stage, applying moves not yet confirmed and dropping duplicates across pages", () => {
    const groups = groupByStage(
      [conversation("a", "asked"), conversation("b", "asked"), conversation("a", "asked")],
      new Map([["b", "scheduled"]]),
    );
    expect(groups.get("asked")?.map((c) => c.id)).toEqual(["a"]);
    expect(groups.get("scheduled")?.map((c) => [c.id, c.stage])).toEqual([["b", "scheduled"]]);
  });
});

// The pipeline board's columns: one per stage of a conversation in progress, and one for those that ended.
import { END_STAGES, STAGE_LABELS, type Stage } from "../../core/stages.js";
import type { Conversation } from "../api/types.js";

export interface BoardColumn {
  id: string;
  title: string;
  /** The stages the column shows; a card dropped on the column goes to the first, unless it names one. */
  stages: readonly Stage[];
}

const OPEN_STAGES: readonly Stage[] = [
  "idea",
  "to-ask",
  "asked",
  "scheduled",
  "done",
  "thanked",
  "keeping-in-touch",
];

export const BOARD_COLUMNS: readonly BoardColumn[] = [
  ...OPEN_STAGES.map((stage) => ({ id: stage, title: STAGE_LABELS[stage], stages: [stage] })),
  { id: "closed", title: "Closed", stages: END_STAGES },
];

/** Each stage's conversations, with local moves not yet confirmed by the server applied. */
export function groupByStage(
  conversations: readonly Conversation[],
  pendingMoves: ReadonlyMap<string, Stage> = new Map(),
): Map<Stage, Conversation[]> {
  const groups = new Map<Stage, Conversation[]>();
  const seen = new Set<string>();
  for (const conversation of conversations) {
    if (seen.has(conversation.id)) continue;
    seen.add(conversation.id);
    const stage = pendingMoves.get(conversation.id) ?? conversation.stage;
    const list = groups.get(stage) ?? [];
    list.push(pendingMoves.has(conversation.id) ? { ...conversation, stage } : conversation);
    groups.set(stage, list);
  }
  return groups;
}

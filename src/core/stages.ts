// The life of one conversation as stages, and the moves allowed between them: one table.

export const STAGES = [
  "idea",
  "to-ask",
  "asked",
  "scheduled",
  "done",
  "thanked",
  "keeping-in-touch",
  "declined",
  "no-response",
  "cancelled",
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages where the conversation is over without having happened. */
export const END_STAGES: readonly Stage[] = ["declined", "no-response", "cancelled"];

export const STAGE_LABELS: Record<Stage, string> = {
  idea: "Idea",
  "to-ask": "To ask",
  asked: "Asked",
  scheduled: "Scheduled",
  done: "Done",
  thanked: "Thanked",
  "keeping-in-touch": "Keeping in touch",
  declined: "Declined",
  "no-response": "No response",
  cancelled: "Cancelled",
};

/** From each stage, where it may go next. */
export const STAGE_MOVES: Record<Stage, readonly Stage[]> = {
  idea: ["to-ask", "asked", "scheduled", "cancelled"],
  "to-ask": ["idea", "asked", "scheduled", "cancelled"],
  asked: ["scheduled", "done", "declined", "no-response", "cancelled"],
  scheduled: ["done", "declined", "cancelled"],
  done: ["thanked", "keeping-in-touch"],
  thanked: ["keeping-in-touch"],
  "keeping-in-touch": [],
  declined: ["to-ask", "keeping-in-touch"],
  "no-response": ["to-ask", "asked", "scheduled"],
  cancelled: ["to-ask", "scheduled"],
};

export function allowedMoves(from: Stage): readonly Stage[] {
  return STAGE_MOVES[from];
}

export function canMove(from: Stage, to: Stage): boolean {
  return STAGE_MOVES[from].includes(to);
}

/** Why a move is refused, naming the moves that are allowed; null when it is allowed. */
export function refusedMove(from: Stage, to: Stage): string | null {
  if (canMove(from, to)) return null;
  const allowed = STAGE_MOVES[from];
  const options =
    allowed.length > 0
      ? `From ${STAGE_LABELS[from]} it can go to: ${allowed.map((s) => STAGE_LABELS[s]).join(", ")}.`
      : `${STAGE_LABELS[from]} is the last stage.`;
  if (from === to) return `The conversation is already at ${STAGE_LABELS[to]}. ${options}`;
  return `A conversation cannot go from ${STAGE_LABELS[from]} back or over to ${STAGE_LABELS[to]}. ${options}`;
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** Stages after the conversation took place. */
export const HELD: readonly Stage[] = ["done", "thanked", "keeping-in-touch"];

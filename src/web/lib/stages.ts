// How stages look and read in the app: a colour each, and a verb for moving there.
import { END_STAGES, STAGE_LABELS, type Stage } from "../../core/stages.js";

export const STAGE_COLORS: Record<Stage, string> = {
  idea: "gray",
  "to-ask": "yellow",
  asked: "orange",
  scheduled: "blue",
  done: "teal",
  thanked: "green",
  "keeping-in-touch": "grape",
  declined: "red",
  "no-response": "gray",
  cancelled: "gray",
};

/** The button that moves a conversation to a stage. */
export const MOVE_LABELS: Record<Stage, string> = {
  idea: "Back to idea",
  "to-ask": "Ready to ask",
  asked: "Mark asked",
  scheduled: "Schedule",
  done: "Mark done",
  thanked: "Mark thanked",
  "keeping-in-touch": "Keep in touch",
  declined: "They declined",
  "no-response": "No response",
  cancelled: "Cancel it",
};

/** What moving there means, for a menu item's description. */
export const MOVE_HINTS: Record<Stage, string> = {
  idea: "Not ready to ask yet",
  "to-ask": "Ready to write the request",
  asked: "The request is sent",
  scheduled: "A date and time are agreed",
  done: "The conversation took place",
  thanked: "The thank-you is sent",
  "keeping-in-touch": "An ongoing relationship",
  declined: "They said no, and that is fine",
  "no-response": "No answer after following up",
  cancelled: "It will not take place",
};

/** The move most people make next from a stage. */
export const NEXT_STAGE: Partial<Record<Stage, Stage>> = {
  idea: "to-ask",
  "to-ask": "asked",
  asked: "scheduled",
  scheduled: "done",
  done: "thanked",
  thanked: "keeping-in-touch",
  declined: "to-ask",
  "no-response": "to-ask",
  cancelled: "scheduled",
};

export function isEndStage(stage: Stage): boolean {
  return END_STAGES.includes(stage);
}

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

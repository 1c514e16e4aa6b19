// The funnel of my conversations: asked → replied → met → thanked → in touch. Each step counts
// the conversations that reached it after every step before it.
import { FUNNEL_STEPS, type FunnelStep } from "./analytics.schema.js";
import { rateOf } from "./reply-rates.js";
import type { Stage } from "./stages.js";

/** Stages a conversation is only at once it was asked for. */
export const ASKED_STAGES: readonly Stage[] = [
  "asked",
  "scheduled",
  "done",
  "thanked",
  "keeping-in-touch",
  "declined",
  "no-response",
];
/** Stages that mean they answered (a "no" is an answer too). */
export const ANSWERED_STAGES: readonly Stage[] = ["scheduled", "declined"];
export const MET_STAGES: readonly Stage[] = ["done", "thanked"];

/** What one conversation's history shows (each from its stage moves, its current stage, its messages). */
export interface ConversationTrace {
  /** Reached a stage of ASKED_STAGES, or a request went out. */
  asked: boolean;
  /** Reached scheduled or declined, or a message of theirs or a reply was logged. */
  answered: boolean;
  /** Reached done or thanked. */
  met: boolean;
  declined: boolean;
  /** Reached thanked, or a thank-you was sent. */
  thanked: boolean;
  keepingInTouch: boolean;
}

export const FUNNEL_LABELS: Record<FunnelStep, string> = {
  asked: "Asked",
  replied: "Replied",
  met: "Met",
  thanked: "Thanked",
  "in-touch": "In touch",
};

/** The furthest step of the funnel a conversation reached: -1 when it was never asked for. */
export function furthestStep(t: ConversationTrace): number {
  // Keeping in touch after a "no" is not a meeting; after a meeting it is.
  const met = t.met || (t.keepingInTouch && !t.declined);
  const replied = met || t.answered || t.keepingInTouch;
  const asked = replied || t.asked;
  if (!asked) return -1;
  if (!replied) return 0;
  if (!met) return 1;
  if (!t.thanked) return 2;
  return t.keepingInTouch ? 4 : 3;
}

export interface FunnelEntry {
  step: FunnelStep;
  label: string;
  count: number;
  rate: number | null;
  ofAsked: number | null;
  tooFew: boolean;
  note: string | null;
}

/** The funnel from conversations' traces, each with how many share it. */
export function funnel(
  traces: readonly { trace: ConversationTrace; count: number }[],
  minimum: number,
): FunnelEntry[] {
  const reached = new Array<number>(FUNNEL_STEPS.length).fill(0);
  for (const { trace, count } of traces) {
    const furthest = furthestStep(trace);
    for (let step = 0; step <= furthest; step++) reached[step] = (reached[step] ?? 0) + count;
  }
  const asked = reached[0] ?? 0;
  return FUNNEL_STEPS.map((step, index) => {
    const count = reached[index] ?? 0;
    const before = index === 0 ? null : (reached[index - 1] ?? 0);
    const tooFew = (before ?? count) < minimum;
    return {
      step,
      label: FUNNEL_LABELS[step],
      count,
      rate: before === null ? null : rateOf(count, before),
      ofAsked: rateOf(count, asked),
      tooFew,
      note: tooFew
        ? before === null
          ? count === 0
            ? "No conversation asked for yet."
            : `Only ${count} asked for so far: too few to tell.`
          : before === 0
            ? "None reached the step before."
            : `Out of only ${before}: too few to tell.`
        : null,
    };
  });
}

// The follow-up routine after a request: check for a reply after a few business days, nudge
// politely after a week, a bounded number of times, then let go and ask someone else.
import { addBusinessDays, type Calendar } from "./business-days.js";

export interface FollowUpRules {
  /** Business days after a message before looking for a reply. */
  checkAfterDays: number;
  /** Business days after a message before a nudge is due. */
  nudgeAfterDays: number;
  /** Nudges to send at most before letting go. */
  maxNudges: number;
}

export const DEFAULT_FOLLOW_UP: FollowUpRules = { checkAfterDays: 3, nudgeAfterDays: 7, maxNudges: 2 };

export interface FollowUpInput {
  /** When the request was sent. */
  requestSentAt: Date;
  /** When each nudge after it was sent. */
  nudgesSentAt: readonly Date[];
  /** The latest reply or interaction with the person, if any. */
  lastHeardAt: Date | null;
  now: Date;
  calendar: Calendar;
  rules?: FollowUpRules;
}

export type FollowUpStep =
  | { step: "waiting"; nextAt: Date }
  | { step: "check"; dueAt: Date; nudgesSent: number }
  | { step: "nudge"; dueAt: Date; nudgesSent: number }
  | { step: "let-go"; dueAt: Date; nudgesSent: number }
  | { step: "answered"; at: Date };

/** Where a request stands: what, if anything, is due about it now. */
export function followUpStep(input: FollowUpInput): FollowUpStep {
  const rules = input.rules ?? DEFAULT_FOLLOW_UP;
  const nudges = [...input.nudgesSentAt].sort((a, b) => a.getTime() - b.getTime());
  const lastSent = nudges.at(-1) ?? input.requestSentAt;
  if (input.lastHeardAt && input.lastHeardAt.getTime() >= input.requestSentAt.getTime()) {
    return { step: "answered", at: input.lastHeardAt };
  }
  const nudgeAt = addBusinessDays(lastSent, rules.nudgeAfterDays, input.calendar);
  if (input.now >= nudgeAt) {
    return nudges.length >= rules.maxNudges
      ? { step: "let-go", dueAt: nudgeAt, nudgesSent: nudges.length }
      : { step: "nudge", dueAt: nudgeAt, nudgesSent: nudges.length };
  }
  const checkAt = addBusinessDays(lastSent, rules.checkAfterDays, input.calendar);
  if (input.now >= checkAt) return { step: "check", dueAt: checkAt, nudgesSent: nudges.length };
  return { step: "waiting", nextAt: checkAt };
}

// When a conversation took place, as far as coffeechat can tell, and whether marking it held is
// premature: a conversation marked done before its scheduled time was held then, not at that time.
import { HELD, type Stage } from "./stages.js";

/** Whether moving to `to` says it took place while its scheduled time is still to come. */
export function isHeldBeforeItsTime(scheduledAt: string | null, to: Stage, now: Date): boolean {
  return HELD.includes(to) && scheduledAt !== null && new Date(scheduledAt).getTime() > now.getTime();
}

/**
 * The moment it was held: its scheduled time when that came before it was marked done (or before
 * `now`, when not marked yet), else the moment it was marked done; null when it has not happened.
 */
export function heldAt(input: {
  scheduledAt: string | null;
  doneAt: string | null;
  now: Date;
}): string | null {
  const { scheduledAt, doneAt, now } = input;
  const limit = doneAt ? new Date(doneAt).getTime() : now.getTime();
  if (scheduledAt && new Date(scheduledAt).getTime() <= limit) return scheduledAt;
  return doneAt;
}

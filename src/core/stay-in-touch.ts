import type { RelationshipStrength } from "./contact-fields.js";

/** How often to get in touch, by how well we know each other; null: no routine yet. */
export const DEFAULT_CADENCE_DAYS: Record<RelationshipStrength, number | null> = {
  new: null,
  acquaintance: 120,
  warm: 90,
  close: 60,
};

export function cadenceDays(strength: RelationshipStrength, override: number | null): number | null {
  return override ?? DEFAULT_CADENCE_DAYS[strength];
}

/**
 * When the next touch is due: the date the user set, else the last touch plus the cadence.
 * Null when there is nothing to keep up yet (never in touch, or no cadence).
 */
export function nextTouchDue(input: {
  strength: RelationshipStrength;
  cadenceOverride: number | null;
  lastTouchAt: string | null;
  nextTouchAt: string | null;
}): Date | null {
  if (input.nextTouchAt) return new Date(input.nextTouchAt);
  const days = cadenceDays(input.strength, input.cadenceOverride);
  if (!input.lastTouchAt || days === null) return null;
  return new Date(new Date(input.lastTouchAt).getTime() + days * 86_400_000);
}

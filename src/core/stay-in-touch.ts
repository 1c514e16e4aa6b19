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

/** The cadences offered by name; any other number of days reads "Every N days". */
export const NAMED_CADENCES: { days: number; label: string }[] = [
  { days: 14, label: "Every two weeks" },
  { days: 30, label: "Every month" },
  { days: 60, label: "Every two months" },
  { days: 90, label: "Every three months" },
  { days: 182, label: "Every six months" },
  { days: 365, label: "Once a year" },
];

export function everyLabel(days: number): string {
  return NAMED_CADENCES.find((named) => named.days === days)?.label ?? `Every ${days} days`;
}

const WHO: Record<RelationshipStrength, string> = {
  new: "someone you have not met yet",
  acquaintance: "an acquaintance",
  warm: "a warm contact",
  close: "a close contact",
};

/**
 * The stay-in-touch cadence in force for a contact and where it comes from, in words: "Every
 * 120 days (the default for an acquaintance)", "Every month (set for them)", or no reminder.
 */
export function cadenceInForce(
  strength: RelationshipStrength,
  override: number | null,
): { days: number | null; from: "contact" | "default" | "none"; text: string } {
  if (override !== null)
    return { days: override, from: "contact", text: `${everyLabel(override)} (set for them)` };
  const days = DEFAULT_CADENCE_DAYS[strength];
  if (days === null)
    return { days, from: "none", text: `No reminder (none by default for ${WHO[strength]})` };
  return { days, from: "default", text: `${everyLabel(days)} (the default for ${WHO[strength]})` };
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

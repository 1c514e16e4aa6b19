// The mutual-exchange ledger (what I received from someone, what I gave them) and the rule behind
// Today's "give back" suggestion: people I have taken from (learned from, been helped by, talked
// with more than once) and have not given anything to lately.

export const EXCHANGE_DIRECTIONS = ["received", "given"] as const;
export type ExchangeDirection = (typeof EXCHANGE_DIRECTIONS)[number];

export type { Exchange } from "./exchange.schema.js";

/** What the ledger and the pipeline say about one person. */
export interface GiveBackCandidate {
  contactId: string;
  contactName: string;
  /** What they gave me (see `receivedFrom`): things noted as received, and people they introduced. */
  received: number;
  /** How many conversations with them were held. */
  held: number;
  /** When I last gave or offered them something, if ever. */
  lastGivenAt: string | null;
}

export interface GiveBackSuggestion {
  contactId: string;
  contactName: string;
  reason: string;
}

/**
 * The rule for what someone gave me: what I noted receiving from them (advice, a lead), and every
 * person they introduced me to (a referral they gave is something they gave me). The ledger, the
 * contact's page and Today's give-back suggestion all count it here.
 */
export function receivedFrom(counts: { noted: number; introduced: number }): number {
  return counts.noted + counts.introduced;
}

/** At least this many things received, or conversations held, before giving back is suggested. */
export const GIVE_BACK_MIN_TAKEN = 2;
/** Something given within this many days counts as giving back. */
export const GIVE_BACK_WINDOW_DAYS = 180;
/** Suggestions a day, at most: a nudge, not a chore list. */
export const GIVE_BACK_PER_DAY = 3;

const DAY_MS = 86_400_000;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Why giving back to this person is suggested, in words. */
export function giveBackReason(c: GiveBackCandidate): string {
  const taken = [
    c.received > 0 ? `noted ${plural(c.received, "thing")} ${c.contactName} gave you` : null,
    c.held > 0 ? `had ${plural(c.held, "conversation")} with them` : null,
  ]
    .filter(Boolean)
    .join(" and ");
  const since = c.lastGivenAt ? "nothing given back in the last six months" : "nothing given back yet";
  return `You have ${taken}, and ${since}. Share an article, an introduction or news they would value, or ask how you can help.`;
}

/**
 * Everyone I have only taken from lately: at least 2 things received or 2 conversations held, and
 * nothing given in the last 180 days. Those I have taken the most from come first, then those I
 * gave to longest ago.
 */
export function takenFromOnly(candidates: readonly GiveBackCandidate[], now: Date): GiveBackCandidate[] {
  const cutoff = now.getTime() - GIVE_BACK_WINDOW_DAYS * DAY_MS;
  return candidates
    .filter((c) => c.received >= GIVE_BACK_MIN_TAKEN || c.held >= GIVE_BACK_MIN_TAKEN)
    .filter((c) => c.lastGivenAt === null || new Date(c.lastGivenAt).getTime() < cutoff)
    .sort(
      (a, b) =>
        b.received + b.held - (a.received + a.held) ||
        (a.lastGivenAt ?? "").localeCompare(b.lastGivenAt ?? "") ||
        a.contactName.localeCompare(b.contactName) ||
        a.contactId.localeCompare(b.contactId),
    );
}

/** Who to give back to today: the first of those I have only taken from; at most 3. */
export function giveBackSuggestions(
  candidates: readonly GiveBackCandidate[],
  now: Date,
  limit: number = GIVE_BACK_PER_DAY,
): GiveBackSuggestion[] {
  return takenFromOnly(candidates, now)
    .slice(0, Math.max(0, limit))
    .map((c) => ({ contactId: c.contactId, contactName: c.contactName, reason: giveBackReason(c) }));
}

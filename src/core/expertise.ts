// Who knows what: people ranked for a topic from what the user recorded about them. Evidence from
// what they said (insights, conversation notes) weighs more than what merely describes them
// (their title, organisation or tags in their record); repeated evidence adds less each time.

export type EvidenceKind = "contact" | "conversation" | "insight" | "note" | "message" | "exchange" | "task";

export const EVIDENCE_WEIGHT: Record<EvidenceKind, number> = {
  insight: 5,
  conversation: 4,
  note: 3,
  exchange: 2,
  contact: 1.5,
  message: 1,
  task: 0.5,
};

export interface Evidence {
  contactId: string;
  kind: EvidenceKind;
  id: string;
  snippet: string;
}

export interface Expert {
  contactId: string;
  score: number;
  evidence: Evidence[];
}

/** Each person's score: the weights of their evidence, each further piece of a kind counting half the one before. */
export function rankExperts(evidence: readonly Evidence[], limit = 20): Expert[] {
  const byPerson = new Map<string, Evidence[]>();
  for (const item of evidence) {
    const list = byPerson.get(item.contactId) ?? [];
    list.push(item);
    byPerson.set(item.contactId, list);
  }
  const experts: Expert[] = [];
  for (const [contactId, items] of byPerson) {
    const seen = new Map<EvidenceKind, number>();
    let score = 0;
    const ordered = [...items].sort((a, b) => EVIDENCE_WEIGHT[b.kind] - EVIDENCE_WEIGHT[a.kind]);
    for (const item of ordered) {
      const n = seen.get(item.kind) ?? 0;
      score += EVIDENCE_WEIGHT[item.kind] * 0.5 ** n;
      seen.set(item.kind, n + 1);
    }
    experts.push({ contactId, score: Math.round(score * 100) / 100, evidence: ordered.slice(0, 5) });
  }
  return experts.sort((a, b) => b.score - a.score || a.contactId.localeCompare(b.contactId)).slice(0, limit);
}

const STOP = new Set(
  "a an and are as at be but by for from has have he her his i in is it its me my of on or our she so that the their them they this to was we were what when which who will with you your about after into just more not than then there these very would could should also been being did does done had how its out over some such only other".split(
    " ",
  ),
);

/**
 * Topics to ask someone about: the words that come up most in what they said and what I noted
 * (insights and notes count double), skipping common words and words of three letters or fewer.
 */
export function askAboutTopics(texts: readonly { text: string; weight: number }[], limit = 8): string[] {
  const counts = new Map<string, { n: number; shown: string }>();
  for (const { text, weight } of texts) {
    for (const m of text.matchAll(/[\p{L}][\p{L}\p{N}-]{3,}/gu)) {
      const key = m[0].toLowerCase();
      if (STOP.has(key)) continue;
      const entry = counts.get(key) ?? { n: 0, shown: m[0] };
      entry.n += weight;
      counts.set(key, entry);
    }
  }
  return [...counts.entries()]
    .filter(([, v]) => v.n >= 2)
    .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([, v]) => v.shown);
}

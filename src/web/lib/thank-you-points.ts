// The specific things a thank-you can name: notes under questions, insights, lines of the free notes.
import { composeUrl } from "./outreach.js";

export interface PointCandidate {
  key: string;
  /** Where it comes from, e.g. "Under “How did you start?”", "Insight", "Notes". */
  source: string;
  text: string;
}

const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;

export function candidatePoints(input: {
  questions: readonly { text: string; note: string }[];
  insights: readonly { id: string; text: string }[];
  notes: string;
}): PointCandidate[] {
  const seen = new Set<string>();
  const out: PointCandidate[] = [];
  const push = (key: string, source: string, raw: string) => {
    const text = raw.replace(BULLET, "").trim();
    if (!text || seen.has(text.toLowerCase())) return;
    seen.add(text.toLowerCase());
    out.push({ key, source, text });
  };
  input.questions.forEach((q, index) => {
    push(`question-${index}`, `Under “${q.text}”`, q.note);
  });
  for (const insight of input.insights) push(`insight-${insight.id}`, "Insight", insight.text);
  input.notes
    .split(/\n/)
    .map((line) => line.trim())
    .forEach((line, index) => {
      push(`notes-${index}`, "Notes", line);
    });
  return out;
}

/** The composer, for a thank-you to this conversation naming the point picked. */
export function thankYouUrl(contactId: string, conversationId: string, specificPoint: string): string {
  const base = composeUrl({ contactId, conversationId, purpose: "thank-you" });
  const point = specificPoint.trim();
  if (!point) return base;
  return `${base}${base.includes("?") ? "&" : "?"}${new URLSearchParams({ specificPoint: point }).toString()}`;
}

/**
 * A note as it reads after "What you said about …": no closing full stop, and a lower-case start
 * unless the first word is a name or an acronym ("COBOL", "I", "Grace").
 */
export function asPhrase(text: string, names: readonly string[] = []): string {
  const trimmed = text.trim().replace(/[.!]+$/, "");
  const first = trimmed.split(/\s/)[0] ?? "";
  const keep =
    first === "I" || first.startsWith("I'") || /^[A-Z0-9]{2,}/.test(first) || names.includes(first);
  return keep || !first ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

// Choosing and ordering the questions for one conversation: as many as fit the time, spread across
// areas, in the order a talk flows, and always closing with the ask for more people.
import { type ConversationKind, DEFAULT_DURATION_MINUTES } from "./conversation.js";
import {
  areaIndex,
  QUESTION_AREAS,
  type QuestionArea,
  TIARA_STEPS,
  type TiaraStep,
  tiaraIndex,
} from "./question-areas.js";
import { BUILTIN_QUESTIONS, type QuestionText } from "./question-bank.js";
import { searchTerms } from "./text.js";

/** A question as stored for a user; `position` is its order weight (lower first). */
export interface Question {
  id: string;
  area: QuestionArea;
  text: string;
  kinds: ConversationKind[];
  tiara: TiaraStep | null;
  position: number;
  hidden: boolean;
  builtinKey: string | null;
}

export const WHO_ELSE_KEY = "leads-who-else";
export const MENTION_NAME_KEY = "leads-mention-name";
/** The "may I mention your name?" ask joins only when at least this many questions fit. */
const MENTION_NAME_FROM = 6;
const MIN_QUESTIONS = 4;
const MAX_QUESTIONS = 20;

/**
 * How many questions fit a conversation of this length (null: the default 30 minutes).
 * The first half hour fits one question every 3 minutes: the couple of minutes of opening are made
 * up by the closing asks, which take seconds. Beyond that, answers run longer and follow-ups
 * multiply, so one more every 3¾ minutes. Never fewer than 4, never more than 20.
 * 15 → 5, 20 → 6, 30 → 10, 45 → 14, 60 → 18.
 */
export function questionCountFor(minutes: number | null): number {
  const length =
    minutes !== null && Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_DURATION_MINUTES;
  const count = length <= 30 ? Math.floor(length / 3) : 10 + Math.floor(((length - 30) * 4) / 15);
  return Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, count));
}

/** Whether this is the closing "who else should I talk to?" ask. */
export function isWhoElseAsk(q: Pick<Question, "area" | "text" | "builtinKey">): boolean {
  return (
    q.builtinKey === WHO_ELSE_KEY ||
    (q.builtinKey === null && q.area === "leads" && /\bwho else\b/i.test(q.text))
  );
}

/** Whether this is the "may I mention your name?" ask. */
export function isMentionNameAsk(q: Pick<Question, "area" | "text" | "builtinKey">): boolean {
  return (
    q.builtinKey === MENTION_NAME_KEY ||
    (q.builtinKey === null && q.area === "leads" && /\bmention\b/i.test(q.text))
  );
}

/** The built-in bank in its stored form (id = builtin key), e.g. to seed a new user's questions. */
export function builtinQuestions(bank: readonly QuestionText[] = BUILTIN_QUESTIONS): Question[] {
  return bank.map((q) => ({
    id: q.builtinKey,
    area: q.area,
    text: q.text,
    kinds: [...q.kinds],
    tiara: q.tiara,
    position: q.weight,
    hidden: false,
    builtinKey: q.builtinKey,
  }));
}

export interface SelectQuestionsInput {
  questions: readonly Question[];
  kind: ConversationKind;
  minutes: number | null;
  /** "areas" (default): a spread over the areas in order; "tiara": Trends, Insights, Advice, Resources, Assignments. */
  mode?: "areas" | "tiara";
  /** Words from the goals: within an area, questions sharing them are picked first. */
  focus?: string[];
}

/**
 * The questions for one conversation, in asking order. Hidden questions and those that do not suit the
 * kind are left out. The rest are picked round-robin by area (or TIARA step), so even a short talk
 * touches many areas, then ordered by area and position. The "may I mention your name?" ask (when it
 * fits) and the "who else should I talk to?" ask always close the list: who else first, then whether
 * I may mention that they suggested it.
 * Deterministic: ties go by position, then id.
 */
export function selectQuestions(input: SelectQuestionsInput): Question[] {
  const count = questionCountFor(input.minutes);
  const usable = input.questions
    .filter((q) => !q.hidden && (q.kinds.length === 0 || q.kinds.includes(input.kind)))
    .sort(byPosition);
  const whoElse = usable.find((q) => q.builtinKey === WHO_ELSE_KEY) ?? usable.find(isWhoElseAsk) ?? null;
  const mentionCandidates = usable.filter((q) => q !== whoElse && isMentionNameAsk(q));
  const mention =
    mentionCandidates.find((q) => q.builtinKey === MENTION_NAME_KEY) ?? mentionCandidates[0] ?? null;
  const closing: Question[] = [];
  // "May I mention you suggested it?" only makes sense once they have named someone.
  if (whoElse) closing.push(whoElse);
  if (mention && count >= MENTION_NAME_FROM) closing.push(mention);

  const rest = usable.filter((q) => q !== whoElse && q !== mention);
  const slots = count - closing.length;
  const words = focusWords(input.focus ?? []);
  const body =
    input.mode === "tiara"
      ? roundRobin(
          TIARA_STEPS,
          (step) => rest.filter((q) => q.tiara === step && q.area !== "leads"),
          slots,
          words,
        ).sort(
          (a, b) => tiaraIndex(a.tiara ?? "trends") - tiaraIndex(b.tiara ?? "trends") || byPosition(a, b),
        )
      : roundRobin(QUESTION_AREAS, (area) => rest.filter((q) => q.area === area), slots, words).sort(
          (a, b) => areaIndex(a.area) - areaIndex(b.area) || byPosition(a, b),
        );
  return [...body, ...closing];
}

/** Takes one question from each group in turn (focus matches first, then by position) until `slots` are filled. */
function roundRobin<G>(
  groups: readonly G[],
  members: (group: G) => Question[],
  slots: number,
  words: ReadonlySet<string>,
): Question[] {
  const queues = groups.map((g) =>
    members(g)
      .map((q) => ({ q, score: focusScore(q.text, words) }))
      .sort((a, b) => b.score - a.score || byPosition(a.q, b.q))
      .map((x) => x.q),
  );
  const picked: Question[] = [];
  for (let round = 0; picked.length < slots && queues.some((queue) => round < queue.length); round++) {
    for (const queue of queues) {
      const q = queue[round];
      if (q && picked.length < slots) picked.push(q);
    }
  }
  return picked;
}

function byPosition(a: Question, b: Question): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const STOP_WORDS = new Set([
  "about",
  "what",
  "which",
  "with",
  "your",
  "that",
  "this",
  "from",
  "have",
  "there",
  "into",
]);

/** Meaningful words (4+ letters, no common filler), with a plural "s" dropped. */
function focusWords(focus: readonly string[]): Set<string> {
  return new Set(focus.flatMap(words));
}

function words(text: string): string[] {
  return searchTerms(text.replace(/[^\p{L}\p{N}]+/gu, " "))
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w))
    .map((w) => (w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
}

function focusScore(text: string, focus: ReadonlySet<string>): number {
  if (focus.size === 0) return 0;
  return new Set(words(text).filter((w) => focus.has(w))).size;
}

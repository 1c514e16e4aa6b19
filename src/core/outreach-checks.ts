// Live checks of an outreach draft, shown beside it while the user types.
// The heuristics read English only: they look for plain phrases, so a draft in another language
// gets warnings it does not deserve (never a false `fail` on the job check, which needs English words).

import { fillInProblem } from "./fill-in.js";
import { LINKEDIN_NOTE_LIMIT } from "./outreach-rules.js";
import { type TemplateKind, templateVariables } from "./template.js";

export type CheckLevel = "ok" | "warn" | "fail";

export interface OutreachCheck {
  id: string;
  level: CheckLevel;
  /** One line of plain English: what is good, or what to fix. */
  message: string;
}

export interface OutreachDraft {
  channel: "email" | "linkedin" | string;
  subject?: string;
  body: string;
  purpose?: TemplateKind | string;
  maxWords?: number;
  /** The values filled into the template's sentences (e.g. learnGoal), to check they read there. */
  fillIns?: Partial<Record<string, string>>;
}

const DEFAULT_MAX_WORDS = 100;
const SUBJECT_MAX_CHARS = 60;
/** Purposes that ask for a conversation; an absent purpose counts as one. */
const ASKING = ["request", "intro-request", "linkedin-note"];
/** Purposes that reach someone who may not know the writer yet. */
const FIRST_CONTACT = ["request", "linkedin-note"];

/** Lower case, accents and curly quotes folded, links removed: "Résumé’s" -> "resume's". */
function plainText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[‘’]/g, "'")
    .replace(/https?:\/\/\S+/g, " ")
    .toLowerCase();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A check's outcome; `checkOutreach` adds the id. */
interface Verdict {
  level: CheckLevel;
  message: string;
}

const ok = (message: string): Verdict => ({ level: "ok", message });
const warn = (message: string): Verdict => ({ level: "warn", message });
const fail = (message: string): Verdict => ({ level: "fail", message });

function isFor(purpose: string | undefined, purposes: readonly string[]): boolean {
  return purpose === undefined || purpose === "" || purposes.includes(purpose);
}

function lengthCheck(draft: OutreachDraft): Verdict {
  if (draft.channel === "linkedin") {
    const chars = [...draft.body.trim()].length;
    const left = LINKEDIN_NOTE_LIMIT - chars;
    return left >= 0
      ? ok(`${chars} characters: ${left} left of LinkedIn's ${LINKEDIN_NOTE_LIMIT}.`)
      : fail(`${chars} characters: LinkedIn notes stop at ${LINKEDIN_NOTE_LIMIT}, so cut ${-left}.`);
  }
  const max = draft.maxWords ?? DEFAULT_MAX_WORDS;
  const words = countWords(draft.body);
  if (words <= max) return ok(`${words} words: short enough to read in one glance.`);
  if (words <= Math.round(max * 1.5))
    return warn(`${words} words: aim for under ${max} so it reads in one glance.`);
  return fail(`${words} words: too long for a first message; cut it to under ${max}.`);
}

const CONNECTION_CUES = [
  /\bwe (?:first |briefly |both )?(?:met|spoke|talked|chatted)\b/,
  /\bwe both\b|\bboth (?:studied|worked|work)\b|\blike you,? i\b/,
  /\bfellow\b|\balum(?:na|nae|ni|nus)?\b|\bgraduate (?:of|from)\b|\bstudied\b/,
  /\breferred\b|\bsuggested (?:i|that i|we|me)\b|\brecommended\b|\bintroduc|\bmutual\b/,
  /\bgave me your (?:name|details|email)\b|\bpassed (?:on )?your (?:name|details)\b/,
  /\bcolleagues?\b|\bco-?workers?\b|\bsame (?:team|department|lab|group|company|school|university|programme|program)\b/,
  /\bi (?:also )?work (?:in|at|on|for|with)\b|\bconnected\b/,
  /\byour (?:talk|presentation|panel|keynote|webinar|post|article|paper|interview|podcast)\b/,
  /\bheard you (?:speak|talk)\b|\bi (?:read|saw|watched|heard) your\b|\bcame across your\b/,
  /\bat the [a-z0-9 '&-]{0,40}?\b(?:event|conference|fair|meetup|workshop|summit|symposium|reunion|seminar)\b/,
];

/** The opening: the first two sentences, or the first 40 words if that reaches further. */
function opening(text: string): string {
  // Plain scans, not a backtracking sentence regex: a long draft with no full stop must stay fast.
  const ends = text.matchAll(/[.!?]+/g);
  ends.next();
  const second = ends.next().value;
  const twoSentences = second === undefined ? "" : text.slice(0, second.index + second[0].length);
  const fortyWords = text.split(/(?<=\S)\s+/, 40).join(" ");
  return twoSentences.length > fortyWords.length ? twoSentences : fortyWords;
}

/** The sentences that end with a question mark ("??" counts once). */
function questionsIn(text: string): string[] {
  return text.split(/[.!\n]|(?<=\?)(?!\?)/).filter((part) => /[^?\s]\s*\?+\s*$/.test(part));
}

function connectionCheck(draft: OutreachDraft, text: string): Verdict {
  if (!isFor(draft.purpose, FIRST_CONTACT))
    return ok("They already know you, so no need to say how you are connected.");
  const start = opening(text);
  if (/\{\{\s*connection\s*\}\}/.test(start) || CONNECTION_CUES.some((cue) => cue.test(start)))
    return ok("Says early how you are connected: that is what makes them read on.");
  return warn(
    "Say how you are connected in the first sentence or two: a shared school, a mutual contact, their talk.",
  );
}

const ASK_CUES = [
  /\b(?:would|could|might|may|can|will) (?:you|it|we|i)\b/,
  /\b(?:are|were) you (?:open|free|available|willing|happy|up for)\b/,
  /\bdo you have\b|\bhave you (?:got )?(?:time|a moment)\b|\bwould it be possible\b/,
  /\bany chance\b|\bhow about\b/,
];

function questionCheck(draft: OutreachDraft, text: string): Verdict {
  if (!isFor(draft.purpose, ASKING)) return ok("No request needed in this kind of message.");
  const questions = questionsIn(text);
  if (questions.length === 0)
    return warn('Ask for the conversation as a question, e.g. "Would you be open to a 20-minute call?"');
  if (questions.length > 2) return warn(`Several questions (${questions.length}): keep one clear ask.`);
  if (!questions.some((question) => ASK_CUES.some((cue) => cue.test(question))))
    return warn('Your question does not ask for the talk: try "Would you be open to…?"');
  return ok("One clear ask, phrased as a question: easy to say yes to.");
}

const NUMBER_WORDS: Record<string, number> = {
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
};

/** The minutes asked for, the longest if several; null when no time is named. */
export function askedMinutes(text: string): number | null {
  const found: number[] = [];
  const minutes = /\b(\d+|[a-z]+(?:-[a-z]+)?)(?:\s*(?:-|–|to)\s*(\d+))?[\s-]*(?:minutes?|mins?)\b/g;
  for (const m of text.matchAll(minutes)) {
    const word = m[1] ?? "";
    const value = Number(m[2] ?? word) || (Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : 0);
    if (value) found.push(value);
  }
  if (/\{\{\s*minutes\s*\}\}/.test(text)) found.push(0);
  if (/\bquarter of an hour\b/.test(text)) found.push(15);
  if (/\bhalf an hour\b|\bhalf-hour\b/.test(text)) found.push(30);
  if (/(?<!half |quarter of )\b(?:an?|one) hour\b|\bhour-long\b/.test(text)) found.push(60);
  for (const m of text.matchAll(/\b(\d+(?:\.\d+)?) hours?\b/g)) found.push(Number(m[1]) * 60);
  return found.length === 0 ? null : Math.max(...found);
}

function timeCheck(draft: OutreachDraft, text: string): Verdict {
  if (!isFor(draft.purpose, ASKING)) return ok("No time to ask for in this message.");
  const minutes = askedMinutes(text);
  if (minutes === null) return warn('Ask for a set time, e.g. "20 minutes", so it is a small favour.');
  if (minutes > 60) return warn(`${minutes} minutes is a lot to ask: keep to 15–30, an hour at most.`);
  const asked = minutes > 0 ? `${minutes} minutes` : "a set time";
  return ok(`Asks for ${asked}: a small favour with a clear end.`);
}

const FORMAT_CUES: Record<string, RegExp> = {
  phone: /\b(?:tele)?phone\b|(?<!\b(?:video|zoom|teams|online) )\bcalls?\b/,
  video: /\bvideo\b|\bzoom\b|\bteams (?:call|meeting)\b|\bgoogle meet\b|\bskype\b|\bwebex\b/,
  coffee: /\bcoffee\b|\btea\b/,
  lunch: /\blunch\b|\bbreakfast\b|\ba drink\b/,
  "in person": /\bin[ -]person\b|\bface[ -]to[ -]face\b/,
  email: /\b(?:by|over|via) e-?mail\b|\bin writing\b/,
};

function formatsCheck(draft: OutreachDraft, text: string): Verdict {
  if (!isFor(draft.purpose, ASKING)) return ok("No formats to offer in this message.");
  if (/\{\{\s*formats\s*\}\}/.test(text)) return ok("Offers the formats you chose.");
  const offered = Object.entries(FORMAT_CUES)
    .filter(([, cue]) => cue.test(text))
    .map(([format]) => format);
  if (offered.length > 1)
    return ok(`Offers a choice (${offered.join(", ")}): they can pick what suits them.`);
  const only = offered.length === 1 ? `Only one format (${offered[0]})` : "No format offered";
  return warn(`${only}: offer a choice, e.g. a phone call, a video call or a coffee.`);
}

const JOB_ASKS = [
  /\b(?:looking for|seeking|apply(?:ing)? for|hoping for|hoping to get|need|want) (?:a |an |any )?(?:(?!your |their |his |her )[a-z]+ )?(?:job|position|role|opening|internship|vacancy)s?\b/,
  /\b(?:job|employment|internship) (?:opportunit(?:y|ies)|openings?|vacanc(?:y|ies))\b|\bvacanc(?:y|ies)\b/,
  /\b(?:is|are|were|be) (?:[a-z]+ ){0,2}hiring\b/,
  /\battach(?:ed|ing)?\b[^.!?]{0,40}\b(?:cv|resume)\b|\b(?:cv|resume) (?:is )?attached\b|\bmy (?:cv|resume)\b/,
  /\brefer (?:me|my)\b[^.!?]{0,30}\b(?:job|role|position|opening)s?\b|\breferral (?:for|to) (?:a|an|the|any)\b/,
  /\b(?:give|offer) me (?:a|an) (?:job|position|role|internship)\b|\bconsider(?:ed)? me for\b/,
];

function jobCheck(text: string): Verdict {
  const asked = JOB_ASKS.map((pattern) => text.match(pattern)?.[0]).find(Boolean);
  if (asked === undefined)
    return ok("No job request: it reads as a wish to learn, which people gladly help with.");
  return fail(`"${asked}" reads as a job request: ask to learn instead, as a job ask makes people say no.`);
}

const SECOND_PERSON = new Set(["you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd"]);
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"]);

function aboutThemCheck(text: string): Verdict {
  const words = text.match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  const them = words.filter((word) => SECOND_PERSON.has(word)).length;
  const me = words.filter((word) => FIRST_PERSON.has(word)).length;
  const counts = `(I/my: ${me}) than about them (you/your: ${them})`;
  if (me > them) return warn(`More about you ${counts}: turn a sentence towards them and their work.`);
  return ok(`About them at least as much as about you (you/your: ${them}, I/my: ${me}).`);
}

function variablesCheck(draft: OutreachDraft): Verdict {
  const left = templateVariables(`${draft.subject ?? ""}\n${draft.body}`);
  if (left.length === 0) return ok("All placeholders are filled in.");
  const names = left.map((name) => `{{${name}}}`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return fail(`Fill in ${list} before sending.`);
}

/** Values that land mid-sentence, with the names the user knows them by. */
const IN_SENTENCE: Record<string, string> = { learnGoal: "What you want to learn" };

function fillInsCheck(fillIns: Partial<Record<string, string>>): Verdict {
  for (const [name, label] of Object.entries(IN_SENTENCE)) {
    const value = fillIns[name];
    if (value === undefined) continue;
    const problem = fillInProblem(label, value);
    if (problem) return warn(problem);
  }
  return ok("The values filled in read as part of their sentences.");
}

function subjectCheck(subject: string): Verdict {
  const length = [...subject.trim()].length;
  if (length === 0)
    return warn(`Add a subject that says why you are writing, e.g. "A question about your path".`);
  if (length > SUBJECT_MAX_CHARS)
    return warn(`${length} characters: phones cut subjects after about ${SUBJECT_MAX_CHARS}; shorten it.`);
  return ok("Subject is short and says why you are writing.");
}

/** Every check of a draft, in a fixed order, each ok, warn or fail with one line of advice. */
export function checkOutreach(draft: OutreachDraft): OutreachCheck[] {
  const text = plainText(draft.body);
  const checks: [string, Verdict][] = [
    ["length", lengthCheck(draft)],
    ["connection-early", connectionCheck(draft, text)],
    ["one-question", questionCheck(draft, text)],
    ["bounded-time", timeCheck(draft, text)],
    ["formats", formatsCheck(draft, text)],
    ["no-job-ask", jobCheck(text)],
    ["about-them", aboutThemCheck(text)],
    ["variables", variablesCheck(draft)],
  ];
  if (draft.fillIns && Object.keys(IN_SENTENCE).some((name) => draft.fillIns?.[name] !== undefined))
    checks.push(["fill-ins", fillInsCheck(draft.fillIns)]);
  if (draft.channel === "email") checks.push(["subject", subjectCheck(draft.subject ?? "")]);
  return checks.map(([id, verdict]) => ({ id, ...verdict }));
}

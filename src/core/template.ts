// Outreach templates: kinds, the variables a text may use, and how a text is filled in.
import type { ConversationFormat } from "./conversation.js";
import { placeholderPattern, placeholdersIn } from "./outreach-rules.js";

export const TEMPLATE_KINDS = [
  "request",
  "intro-request",
  "linkedin-note",
  "follow-up",
  "thank-you",
  "stay-in-touch",
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_CHANNELS = ["email", "linkedin"] as const;
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export const VARIABLE_NAMES = [
  "firstName",
  "lastName",
  "fullName",
  "organization",
  "title",
  "myName",
  "myFirstName",
  "connection",
  "learnGoal",
  "minutes",
  "formats",
  "introducerFirstName",
  "specificPoint",
  "myUpdate",
  "conversationDate",
] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

/** What each `{{variable}}` stands for, for the help panel beside the editor. */
export const TEMPLATE_VARIABLES: Record<VariableName, string> = {
  firstName: "Their first name.",
  lastName: "Their last name.",
  fullName: "Their full name.",
  organization: "Where they work.",
  title: "Their role or job title.",
  myName: "Your full name, for the sign-off.",
  myFirstName: "Your first name.",
  connection:
    'How you are connected, as a phrase, e.g. "we both studied chemistry at Leeds" or "we met at the careers fair".',
  learnGoal: 'What you want to learn, e.g. "how a bench chemist moves into process development".',
  minutes: 'How many minutes you ask for, e.g. "20".',
  formats: 'The formats you offer, in words, e.g. "a phone call, a video call or a coffee".',
  introducerFirstName: "The first name of the mutual contact who introduces or referred you.",
  specificPoint: "Something specific you learned from them.",
  myUpdate: "What you did with their advice since you talked.",
  conversationDate: 'When you talked, e.g. "Tuesday" or "12 March" (reads after "on").',
};

export type TemplateValues = Partial<Record<VariableName, string | number | null | undefined>>;

export interface RenderedTemplate {
  subject: string;
  body: string;
  /** Variables left unfilled (no value, or not a known variable), unique, in order of first appearance. */
  missing: string[];
}

export function isVariableName(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

/** The variables a text uses, unique, in order of first appearance. */
export function templateVariables(text: string): string[] {
  return placeholdersIn(text);
}

function filledValue(name: string, values: TemplateValues): string | null {
  if (!isVariableName(name)) return null;
  const value = values[name];
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

function fill(text: string, values: TemplateValues, missing: Set<string>): string {
  return text.replace(placeholderPattern(), (placeholder, name: string) => {
    const value = filledValue(name, values);
    if (value !== null) return value;
    missing.add(name);
    // Kept as written, so the user sees what is still to fill in.
    return placeholder;
  });
}

/** Fills a template's `{{variables}}`; a variable with no value stays visible and is listed in `missing`. */
export function renderTemplate(
  template: { subject: string; body: string },
  values: TemplateValues,
): RenderedTemplate {
  const missing = new Set<string>();
  const subject = fill(template.subject, values, missing);
  const body = fill(template.body, values, missing);
  return { subject, body, missing: [...missing] };
}

const FORMAT_PHRASES: Record<ConversationFormat, string> = {
  phone: "a phone call",
  video: "a video call",
  coffee: "a coffee",
  lunch: "lunch",
  "in-person": "meeting in person",
  other: "whatever suits you best",
};

function formatPhrase(format: string): string {
  if (Object.hasOwn(FORMAT_PHRASES, format)) return FORMAT_PHRASES[format as ConversationFormat];
  return format.trim().toLowerCase();
}

/** Format ids in words: ["phone", "video", "coffee"] -> "a phone call, a video call or a coffee". */
export function joinFormats(formats: readonly string[]): string {
  const phrases = [...new Set(formats.map(formatPhrase).filter((phrase) => phrase !== ""))];
  // "whatever suits you best" reads right only last.
  const other = FORMAT_PHRASES.other;
  if (phrases.includes(other)) phrases.push(...phrases.splice(phrases.indexOf(other), 1));
  if (phrases.length <= 1) return phrases[0] ?? "";
  return `${phrases.slice(0, -1).join(", ")} or ${phrases.at(-1)}`;
}

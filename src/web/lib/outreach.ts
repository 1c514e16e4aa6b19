// The composer's rules: which template fits, what a variable is called, how the checks add up,
// and the mailto: link and character count of a draft.
import type { Purpose } from "../../core/message.js";
import type { CheckLevel, OutreachCheck } from "../../core/outreach-checks.js";
import { LINKEDIN_NOTE_LIMIT } from "../../core/outreach-rules.js";
import { TEMPLATE_KINDS, type TemplateKind, type VariableName } from "../../core/template.js";
import type { Contact, Template } from "../api/types.js";

export { fillPlaceholders, LINKEDIN_NOTE_LIMIT, noteLength } from "../../core/outreach-rules.js";
export { composeUrl } from "./compose-url.js";

export const KIND_LABELS: Record<TemplateKind, string> = {
  request: "Requests",
  "intro-request": "Asking for an introduction",
  "linkedin-note": "LinkedIn notes",
  "follow-up": "Follow-ups",
  "thank-you": "Thank-yous",
  "stay-in-touch": "Staying in touch",
};

/** One line on what each kind of template is for (the template library's section hints). */
export const KIND_HINTS: Record<TemplateKind, string> = {
  request: "Asking someone for a short conversation: who you are, what you hope to learn, for how long.",
  "intro-request": "Asking someone you both know to introduce you.",
  "linkedin-note": `A connection note: at most ${LINKEDIN_NOTE_LIMIT} characters.`,
  "follow-up": "A polite nudge when a request got no answer.",
  "thank-you": "Within a day of the conversation, or when they replied but could not meet.",
  "stay-in-touch": "Telling them how their advice played out, a few months on.",
};

/** Short names of the variables, for the inputs that fill them in (TEMPLATE_VARIABLES explains each). */
export const VARIABLE_LABELS: Record<VariableName, string> = {
  firstName: "Their first name",
  lastName: "Their last name",
  fullName: "Their full name",
  organization: "Their organisation",
  title: "Their role",
  myName: "Your name",
  myFirstName: "Your first name",
  connection: "How you are connected",
  learnGoal: "What you want to learn",
  minutes: "Minutes you ask for",
  formats: "Formats you offer",
  introducerFirstName: "Who introduced you (first name)",
  specificPoint: "Something specific you learned",
  myUpdate: "What you did with their advice",
  conversationDate: "When you talked",
};

export function variableLabel(name: string): string {
  return Object.hasOwn(VARIABLE_LABELS, name) ? VARIABLE_LABELS[name as VariableName] : name;
}

/** The message purpose a template's kind is sent as: a LinkedIn note is a request. */
export function purposeOfKind(kind: TemplateKind): Purpose {
  return kind === "linkedin-note" ? "request" : kind;
}

/** The kind of template a purpose asks for (from a link such as `/compose?purpose=thank-you`). */
export function kindOfPurpose(purpose: string | null | undefined): TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(purpose ?? "")
    ? (purpose as TemplateKind)
    : "request";
}

/** Which of our request variants suits how I know them, by its library key. */
function requestVariant(contact: Pick<Contact, "source" | "introducedById"> | null): string {
  if (!contact) return "request-cold";
  if (contact.introducedById || contact.source === "referral") return "request-referred";
  switch (contact.source) {
    case "alumni":
      return "request-alumni";
    case "colleague":
      return "request-coworker";
    case "event":
    case "speaker":
    case "association":
      return "request-event";
    default:
      return "request-cold";
  }
}

/**
 * The template to start from: for a request, the variant that suits how I know them; otherwise the
 * first visible one of the kind; null when the library has none.
 */
export function defaultTemplate(
  templates: readonly Template[],
  kind: TemplateKind,
  contact: Pick<Contact, "source" | "introducedById"> | null,
): Template | null {
  const visible = templates.filter((template) => !template.hidden);
  const ofKind = visible.filter((template) => template.kind === kind);
  if (kind === "request") {
    const key = requestVariant(contact);
    const variant = ofKind.find((template) => template.builtinKey === key);
    if (variant) return variant;
  }
  return ofKind[0] ?? visible[0] ?? null;
}

/** Templates grouped by kind for a select, in the library's order of kinds. */
export function templateOptions(
  templates: readonly Template[],
): { group: string; items: { value: string; label: string }[] }[] {
  return TEMPLATE_KINDS.map((kind) => ({
    group: KIND_LABELS[kind],
    items: templates
      .filter((template) => template.kind === kind && !template.hidden)
      .map((template) => ({ value: template.id, label: template.name })),
  })).filter((group) => group.items.length > 0);
}

export interface CheckSummary {
  fail: number;
  warn: number;
  ok: number;
  /** "2 to fix, 1 to consider", "1 to consider", "All 9 checks pass". */
  text: string;
  level: CheckLevel;
}

export function summarizeChecks(checks: readonly OutreachCheck[]): CheckSummary {
  const count = (level: CheckLevel) => checks.filter((check) => check.level === level).length;
  const fail = count("fail");
  const warn = count("warn");
  const ok = count("ok");
  const parts = [fail > 0 ? `${fail} to fix` : "", warn > 0 ? `${warn} to consider` : ""].filter(Boolean);
  return {
    fail,
    warn,
    ok,
    text: parts.length > 0 ? parts.join(", ") : `All ${checks.length} checks pass`,
    level: fail > 0 ? "fail" : warn > 0 ? "warn" : "ok",
  };
}

/** Problems first, then warnings, then what is fine; the checks' own order within each. */
export function sortChecks(checks: readonly OutreachCheck[]): OutreachCheck[] {
  const rank: Record<CheckLevel, number> = { fail: 0, warn: 1, ok: 2 };
  return checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => rank[a.check.level] - rank[b.check.level] || a.index - b.index)
    .map(({ check }) => check);
}

/** A mailto: link with subject and body (line breaks as CRLF, as RFC 6068 asks). */
export function mailtoUrl(to: string | null | undefined, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  const params = [subject ? `subject=${encode(subject)}` : "", body ? `body=${encode(body)}` : ""]
    .filter(Boolean)
    .join("&");
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, "@") : ""}${params ? `?${params}` : ""}`;
}

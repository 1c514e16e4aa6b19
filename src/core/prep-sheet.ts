// The one-page prep sheet for a conversation: who they are, why I am talking to them, how I introduce
// myself, what I will ask, and where and when.
import { DateTime } from "luxon";
import { isTimeZone } from "./contact-fields.js";
import {
  type ConversationFormat,
  type ConversationKind,
  DEFAULT_DURATION_MINUTES,
  FORMAT_LABELS,
} from "./conversation.js";
import { BRITISH_STYLE, clockTime, dayDate, type TextDateStyle } from "./date-style.js";
import { AREA_LABELS, type QuestionArea } from "./question-areas.js";
import type { Question } from "./question-selection.js";
import { blankToNull } from "./text.js";

export interface PrepSheetInput {
  now: Date;
  me: { name: string; timeZone: string; intro: string };
  /** How the sheet writes days and times (the user's choice); British when not given. */
  style?: TextDateStyle;
  contact: {
    fullName: string;
    firstName: string;
    title: string | null;
    organization: string | null;
    location: string | null;
    timeZone: string | null;
    linkedinUrl: string | null;
    emails: string[];
    /** e.g. "Introduced by Ada Lovelace" or "Alumni: …". */
    howConnected: string | null;
    needs: string;
    notes: string;
  };
  conversation: {
    id: string;
    kind: ConversationKind;
    format: ConversationFormat | null;
    scheduledAt: string | null;
    durationMinutes: number | null;
    place: string | null;
    /** My own prep notes. */
    prep: string;
  };
  goals: { title: string; description: string }[];
  /** Earlier touches, newest first. */
  interactions: { occurredAt: string; summary: string; kind: string; direction: string }[];
  /** Already selected and ordered. */
  questions: Question[];
}

export interface PrepSheet {
  /** e.g. "Prep: coffee with Grace Hopper (Acme)". */
  title: string;
  who: {
    name: string;
    role: string | null;
    organization: string | null;
    howConnected: string | null;
    links: string[];
    needs: string | null;
    notes: string | null;
    /** "12 Mar 2026: …" lines, newest first, at most 5. */
    earlier: string[];
  };
  why: { goals: { title: string; description: string }[]; learn: string | null };
  /** My short introduction, or a nudge to write one. */
  intro: string;
  questions: { area: QuestionArea; areaLabel: string; text: string }[];
  logistics: string[];
}

export const INTRO_PLACEHOLDER =
  "No introduction yet. Write two or three sentences in Settings about who you are and what you are exploring, so the conversation starts easily.";

const MAX_EARLIER = 5;

const TITLE_WORDS: Record<ConversationFormat, string> = {
  phone: "call",
  video: "video call",
  coffee: "coffee",
  lunch: "lunch",
  "in-person": "meeting",
  other: "conversation",
};

export function buildPrepSheet(input: PrepSheetInput): PrepSheet {
  const { contact, conversation } = input;
  const name = blankToNull(contact.fullName) ?? "them";
  const organization = blankToNull(contact.organization);
  const what = conversation.format ? TITLE_WORDS[conversation.format] : "conversation";
  return {
    title: `Prep: ${what} with ${name}${organization ? ` (${organization})` : ""}`,
    who: {
      name,
      role: blankToNull(contact.title),
      organization,
      howConnected: blankToNull(contact.howConnected),
      links: unique([contact.linkedinUrl, ...contact.emails]),
      needs: blankToNull(contact.needs),
      notes: blankToNull(contact.notes),
      earlier: earlierLines(
        input.interactions,
        zoneOr(input.me.timeZone, "UTC"),
        input.style ?? BRITISH_STYLE,
      ),
    },
    why: {
      goals: input.goals
        .filter((g) => blankToNull(g.title))
        .map((g) => ({ title: g.title.trim(), description: g.description.trim() })),
      learn: whatToLearn(input),
    },
    intro: blankToNull(input.me.intro) ?? INTRO_PLACEHOLDER,
    questions: input.questions.map((q) => ({
      area: q.area,
      areaLabel: AREA_LABELS[q.area],
      text: q.text.trim(),
    })),
    logistics: logistics(input),
  };
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.map((v) => blankToNull(v)).filter((v): v is string => v !== null))];
}

function zoneOr(zone: string | null, fallback: string): string {
  if (!zone) return fallback;
  return isTimeZone(zone) ? zone : fallback;
}

function earlierLines(
  interactions: PrepSheetInput["interactions"],
  zone: string,
  style: TextDateStyle,
): string[] {
  return [...interactions]
    .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0))
    .slice(0, MAX_EARLIER)
    .map((i) => {
      const at = DateTime.fromISO(i.occurredAt, { zone });
      const day = at.isValid ? dayDate(at, style, { year: true }) : i.occurredAt;
      const what =
        blankToNull(i.summary) ??
        [i.kind, blankToNull(i.direction) && `(${i.direction})`].filter(Boolean).join(" ");
      return `${day}: ${what}`;
    });
}

/**
 * What I want to learn, said once: my prep notes; else nothing more when a goal already says it in
 * its own words (shown with the goal); else a suggestion for the kind of conversation.
 */
function whatToLearn(input: PrepSheetInput): string | null {
  const own = blankToNull(input.conversation.prep);
  if (own) return own;
  if (input.goals.some((g) => blankToNull(g.description))) return null;
  return `${learnHint(input)} (A suggestion: write your own in the prep notes.)`;
}

function learnHint({ contact, conversation }: PrepSheetInput): string {
  const first = blankToNull(contact.firstName) ?? blankToNull(contact.fullName) ?? "they";
  const place = blankToNull(contact.organization) ?? "their organisation";
  switch (conversation.kind) {
    case "person":
      return `How ${first} got to where they are, and what they would do in my place.`;
    case "industry":
      return "How the field works, where it is heading, and how people get in.";
    case "company":
      return `What it is really like to work at ${place}, and how people join.`;
    case "programme":
      return "What the programme is really like day to day, and where it leads.";
    case "coworker":
      return `What ${first}'s team does, and how we could help each other.`;
  }
}

const IN_PERSON: readonly ConversationFormat[] = ["coffee", "lunch", "in-person"];

function logistics(input: PrepSheetInput): string[] {
  const { conversation, contact } = input;
  const minutes = conversation.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  const lines = [
    ...timeLines(input, minutes),
    formatLine(conversation.format, blankToNull(conversation.place)),
  ];
  const format = conversation.format;
  if (format === "video") lines.push("Join 5 minutes early and check your camera and sound.");
  else if (format === "phone")
    lines.push("Be ready 5 minutes early, somewhere quiet, with these notes at hand.");
  else lines.push("Be there 5 minutes early.");
  if (format && IN_PERSON.includes(format)) lines.push("You invited them: offer to pay.");
  lines.push(`Keep to ${minutes} minutes: they gave you their time.`);
  const first = blankToNull(contact.firstName) ?? blankToNull(contact.fullName) ?? "them";
  lines.push(`Thank ${first} within a day, naming something specific you learned.`);
  return lines;
}

function timeLines(input: PrepSheetInput, minutes: number): string[] {
  const { scheduledAt } = input.conversation;
  const myZone = zoneOr(input.me.timeZone, "UTC");
  const start = scheduledAt ? DateTime.fromISO(scheduledAt, { zone: myZone }) : null;
  if (!start?.isValid)
    return ["Not scheduled yet: agree a time that suits them, then send a calendar invitation."];
  const end = start.plus({ minutes });
  const today = DateTime.fromJSDate(input.now, { zone: myZone }).startOf("day");
  const days = Math.round(start.startOf("day").diff(today, "days").days);
  const relative = days === 0 ? " (today)" : days === 1 ? " (tomorrow)" : "";
  const style = input.style ?? BRITISH_STYLE;
  const lines = [
    `${dayDate(start, style, { weekday: "long", year: true })}${relative}, ${span(start, end, style)} your time (${myZone})`,
  ];
  const theirZone = zoneOr(input.contact.timeZone, "");
  if (theirZone) {
    const theirs = start.setZone(theirZone);
    if (theirs.toFormat("yyyy-MM-dd HH:mm") !== start.toFormat("yyyy-MM-dd HH:mm")) {
      const day = theirs.hasSame(start, "day") ? "" : `${dayDate(theirs, style, { weekday: "long" })}, `;
      const place = theirZone.split("/").at(-1)?.replace(/_/g, " ") ?? theirZone;
      lines.push(`${day}${span(theirs, end.setZone(theirZone), style)} their time (${place})`);
    }
  }
  return lines;
}

function span(from: DateTime, to: DateTime, style: TextDateStyle): string {
  return `${clockTime(from, style)}–${clockTime(to, style)}`;
}

function formatLine(format: ConversationFormat | null, place: string | null): string {
  switch (format) {
    case null:
      return place
        ? `Where: ${place} (format not agreed yet)`
        : "Format not agreed yet: offer a call, a video call or a coffee, whichever suits them.";
    case "phone":
      return place ? `Phone call: ${place}` : "Phone call: confirm who calls whom, and the number.";
    case "video":
      return place ? `Video call: ${place}` : "Video call: put the link in the calendar invitation.";
    case "other":
      return place ? `Where: ${place}` : "Where: not set yet.";
    default: {
      const label = FORMAT_LABELS[format];
      return place ? `${label}: ${place}` : `${label}: place not set yet; pick somewhere easy for them.`;
    }
  }
}

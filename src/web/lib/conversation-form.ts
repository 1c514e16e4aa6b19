// The values of the new-conversation form and the schedule dialog, their checks, and what is sent.
import {
  type ConversationFormat,
  type ConversationKind,
  DEFAULT_DURATION_MINUTES,
} from "../../core/conversation.js";
import type { ConversationCreateInput, ConversationUpdateInput } from "../api/types.js";
import { fromLocalInputs } from "./datetime.js";

/** The stages a new conversation may start at. */
export const START_STAGES = ["idea", "to-ask", "asked", "scheduled"] as const;
export type StartStage = (typeof START_STAGES)[number];

export const MIN_DURATION = 5;
export const MAX_DURATION = 480;
export const MAX_PLACE = 500;

export interface ScheduleValues {
  date: string;
  time: string;
  /** NumberInput gives a number, or "" when empty. */
  durationMinutes: number | string;
  format: ConversationFormat | "";
  place: string;
}

export interface ConversationFormValues extends ScheduleValues {
  contactId: string;
  kind: ConversationKind;
  stage: StartStage;
  /** The goals it serves. */
  goalIds: string[];
}

export type ScheduleErrors = Partial<Record<keyof ScheduleValues, string>>;
export type ConversationFormErrors = Partial<Record<keyof ConversationFormValues, string>>;

export function emptySchedule(): ScheduleValues {
  return { date: "", time: "", durationMinutes: DEFAULT_DURATION_MINUTES, format: "", place: "" };
}

export function emptyConversationForm(contactId = "", goalIds: string[] = []): ConversationFormValues {
  return { ...emptySchedule(), contactId, kind: "person", stage: "idea", goalIds };
}

/** What is wrong with a date, time, length and place; the date and time only when `needsTime`. */
export function validateSchedule(values: ScheduleValues, needsTime: boolean): ScheduleErrors {
  const errors: ScheduleErrors = {};
  const date = values.date.trim();
  const time = values.time.trim();
  if (needsTime || date || time) {
    if (!date) errors.date = "Pick the day you agreed on.";
    if (!time) errors.time = "Pick the time you agreed on.";
    if (date && time && fromLocalInputs(date, time) === null) errors.date = "Not a valid date and time.";
  }
  if (values.durationMinutes !== "") {
    const minutes = Number(values.durationMinutes);
    if (!Number.isInteger(minutes)) errors.durationMinutes = "A whole number of minutes.";
    else if (minutes < MIN_DURATION || minutes > MAX_DURATION)
      errors.durationMinutes = `Between ${MIN_DURATION} and ${MAX_DURATION} minutes.`;
  }
  if (values.place.trim().length > MAX_PLACE) errors.place = `At most ${MAX_PLACE} characters.`;
  return errors;
}

export function validateConversationForm(values: ConversationFormValues): ConversationFormErrors {
  const errors: ConversationFormErrors = validateSchedule(values, values.stage === "scheduled");
  if (!values.contactId) errors.contactId = "Choose whom the conversation is with.";
  return errors;
}

/** The schedule's fields as the API takes them; empty ones are left out. */
export function scheduleInput(
  values: ScheduleValues,
): Omit<ConversationUpdateInput, "kind" | "prep" | "notes"> {
  const scheduledAt = fromLocalInputs(values.date.trim(), values.time.trim());
  const place = values.place.trim();
  return {
    ...(scheduledAt ? { scheduledAt } : {}),
    ...(values.durationMinutes !== "" ? { durationMinutes: Number(values.durationMinutes) } : {}),
    ...(values.format ? { format: values.format } : {}),
    ...(place ? { place } : {}),
  };
}

/** Every schedule field as a change, an empty one clearing what was there. */
export function scheduleChanges(
  values: ScheduleValues,
): Omit<ConversationUpdateInput, "kind" | "prep" | "notes"> {
  const place = values.place.trim();
  return {
    scheduledAt: fromLocalInputs(values.date.trim(), values.time.trim()),
    durationMinutes: values.durationMinutes === "" ? null : Number(values.durationMinutes),
    format: values.format || null,
    place: place || null,
  };
}

export function toCreateInput(values: ConversationFormValues): ConversationCreateInput {
  const schedule = scheduleInput(values);
  return {
    contactId: values.contactId,
    kind: values.kind,
    stage: values.stage,
    ...(values.stage === "scheduled" && schedule.scheduledAt ? { scheduledAt: schedule.scheduledAt } : {}),
    ...(schedule.durationMinutes ? { durationMinutes: schedule.durationMinutes } : {}),
    ...(schedule.format ? { format: schedule.format } : {}),
    ...(schedule.place ? { place: schedule.place } : {}),
    ...(values.goalIds.length > 0 ? { goalIds: values.goalIds } : {}),
  };
}

/** Whether a place reads as a link to open (a video call, a map). */
export function placeUrl(place: string | null): string | null {
  if (!place) return null;
  const text = place.trim();
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  if (/^(www\.|meet\.|zoom\.us\/|teams\.)\S+$/i.test(text)) return `https://${text}`;
  return null;
}

// The "log a message" form: its values, its checks, and what it sends.
import type { Channel, LoggedPurpose, Purpose } from "../../core/message.js";
import type { MessageCreateInput } from "../api/types.js";
import { fromLocalInputs, toLocalInputs } from "./datetime.js";

export { LOGGED_PURPOSES, type LoggedPurpose } from "../../core/message.js";

export const PURPOSE_LABELS: Record<LoggedPurpose, string> = {
  request: "Request",
  "follow-up": "Nudge",
  "thank-you": "Thank-you",
  "stay-in-touch": "Update",
  other: "Other",
};

/** "Log request sent", "Log nudge sent"… */
export const LOG_LABELS: Record<LoggedPurpose, string> = {
  request: "Log request sent",
  "follow-up": "Log nudge sent",
  "thank-you": "Log thank-you sent",
  "stay-in-touch": "Log an update sent",
  other: "Log a message sent",
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: "E-mail",
  linkedin: "LinkedIn",
  phone: "Phone or text",
  other: "Other",
};

export interface MessageFormValues {
  purpose: LoggedPurpose;
  channel: Channel;
  date: string;
  time: string;
  subject: string;
  body: string;
}

export type MessageFormErrors = Partial<Record<keyof MessageFormValues, string>>;

export function newMessageForm(purpose: LoggedPurpose, now = new Date()): MessageFormValues {
  return { purpose, channel: "email", ...toLocalInputs(now.toISOString()), subject: "", body: "" };
}

export function validateMessageForm(values: MessageFormValues, now = new Date()): MessageFormErrors {
  const errors: MessageFormErrors = {};
  if (!values.date) errors.date = "When was it sent?";
  if (!values.time) errors.time = "At what time, roughly?";
  const at = fromLocalInputs(values.date, values.time);
  if (values.date && values.time && !at) errors.date = "Not a valid date and time.";
  // A minute of grace for a clock a little ahead.
  if (at && new Date(at).getTime() > now.getTime() + 60_000)
    errors.date = "A sent message cannot be in the future.";
  if (values.subject.length > 500) errors.subject = "At most 500 characters.";
  return errors;
}

export function toMessageInput(
  values: MessageFormValues,
  ids: { contactId: string; conversationId: string },
): MessageCreateInput {
  const sentAt = fromLocalInputs(values.date, values.time) ?? undefined;
  return {
    contactId: ids.contactId,
    conversationId: ids.conversationId,
    channel: values.channel,
    purpose: values.purpose as Purpose,
    direction: "outbound",
    status: "sent",
    sentAt,
    ...(values.subject.trim() ? { subject: values.subject.trim() } : {}),
    ...(values.body.trim() ? { body: values.body } : {}),
  };
}

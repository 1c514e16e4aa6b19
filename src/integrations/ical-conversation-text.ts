// What a conversation's calendar entry says: its title, its place or link, and its description.
import {
  type Conversation,
  type ConversationFormat,
  FORMAT_LABELS,
  KIND_LABELS,
} from "../core/conversation.js";

const SUMMARY_PREFIXES: Record<ConversationFormat, string> = {
  coffee: "Coffee chat with",
  lunch: "Lunch with",
  phone: "Call with",
  video: "Video call with",
  "in-person": "Meeting with",
  other: "Conversation with",
};

/** "Coffee chat with Ada Lovelace", or by format: "Call with …", "Lunch with …". */
export function conversationSummary(conversation: Pick<Conversation, "format" | "contactName">): string {
  return `${SUMMARY_PREFIXES[conversation.format ?? "coffee"]} ${conversation.contactName}`;
}

/** The place as a web address when it is one (a video call link), else null. */
export function placeLink(place: string | null): string | null {
  const text = place?.trim() ?? "";
  if (!/^https?:\/\/\S+$/i.test(text)) return null;
  try {
    return new URL(text).toString();
  } catch {
    return null;
  }
}

/** The address of the conversation in the app: "<appUrl>/conversations/<id>". */
export function conversationLink(appUrl: string, conversationId: string): string {
  return `${appUrl.replace(/\/+$/, "")}/conversations/${encodeURIComponent(conversationId)}`;
}

const PREP_LINES = 6;

export interface DescriptionInput {
  conversation: Conversation;
  organizerName?: string | undefined;
  appUrl?: string | undefined;
}

/** Format and kind, the first lines of the prep notes, who organised it, and the link to the app. */
export function conversationDescription({ conversation, organizerName, appUrl }: DescriptionInput): string {
  const about = [
    conversation.format ? FORMAT_LABELS[conversation.format] : null,
    KIND_LABELS[conversation.kind],
  ];
  const heading = [about.filter(Boolean).join(" · "), conversation.organization].filter(Boolean).join(" — ");
  const prepLines = conversation.prep
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
  const prep = prepLines.slice(0, PREP_LINES);
  if (prepLines.length > PREP_LINES) prep.push("…");
  const sections = [
    heading,
    prep.length > 0 ? ["Prep:", ...prep].join("\n") : "",
    organizerName?.trim() ? `Organised by ${organizerName.trim()}` : "",
    appUrl ? `Open in coffeechat: ${conversationLink(appUrl, conversation.id)}` : "",
  ];
  return sections.filter((section) => section !== "").join("\n\n");
}

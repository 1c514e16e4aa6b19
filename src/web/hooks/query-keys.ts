// Query keys in one place, so mutations invalidate exactly what they change.
import type { ContactListParams, OrganizationListParams, TaskListParams } from "../api/types.js";
import type { ConversationListParams } from "./conversations.js";
import type { MessageListParams } from "./messages.js";

export const queryKeys = {
  contacts: ["contacts"] as const,
  contactList: (params: ContactListParams) => ["contacts", "list", params] as const,
  contactCount: ["contacts", "count"] as const,
  contact: (id: string) => ["contacts", "detail", id] as const,
  sendTime: (contactId: string) => ["contacts", "send-time", contactId] as const,
  organizations: ["organizations"] as const,
  organizationList: (params: OrganizationListParams) => ["organizations", "list", params] as const,
  organization: (id: string) => ["organizations", "detail", id] as const,
  tags: ["tags"] as const,
  conversations: ["conversations"] as const,
  conversationList: (params: ConversationListParams) => ["conversations", "list", params] as const,
  conversation: (id: string) => ["conversations", "detail", id] as const,
  /** The people suggested in a conversation and added there. */
  conversationReferrals: (id: string) => ["conversations", "referrals", id] as const,
  agenda: ["agenda"] as const,
  settings: ["settings"] as const,
  calendarFeed: ["calendar-feed"] as const,
  tasks: ["tasks"] as const,
  taskList: (params: TaskListParams) => ["tasks", "list", params] as const,
  messages: ["messages"] as const,
  messageList: (params: MessageListParams) => ["messages", "list", params] as const,
  templates: ["templates"] as const,
  templateList: (includeHidden: boolean) => ["templates", "list", { includeHidden }] as const,
  mailSettings: ["settings", "mail"] as const,
};

// Which tables belong to one user, derived from the schema: every table with `owner_id`, and the
// users table (each user owns their own row). A test checks this list against the live database.
import type { ColumnType } from "kysely";
import type { Database } from "./schema.js";

type TablesWithOwner = {
  [K in keyof Database]: Database[K] extends { owner_id: string } ? K : never;
}[keyof Database];

export type OwnedTableName = TablesWithOwner | "users";

// A Record over the type: adding a table with `owner_id` to the schema and not here fails to compile.
const OWNED: Record<OwnedTableName, true> = {
  users: true,
  organizations: true,
  contacts: true,
  tags: true,
  contact_tags: true,
  goals: true,
  conversations: true,
  conversation_goals: true,
  stage_events: true,
  messages: true,
  interactions: true,
  tasks: true,
  templates: true,
  questions: true,
  conversation_questions: true,
  insights: true,
  exchanges: true,
  feed_tokens: true,
  snoozes: true,
  search_documents: true,
  auth_sessions: true,
  auth_accounts: true,
  alumni_profiles: true,
  alumni_requests: true,
};

export const OWNED_TABLES: ReadonlySet<string> = new Set(Object.keys(OWNED));

/**
 * The database as an owner-scoped repository sees it: `owner_id` can be read but never written
 * (the owner scope sets it on insert; nothing may move a row to another owner).
 */
export type ScopedDatabase = {
  [K in keyof Database]: Database[K] extends { owner_id: string }
    ? Omit<Database[K], "owner_id"> & { owner_id: ColumnType<string, never, never> }
    : Database[K];
};

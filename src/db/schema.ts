import type { ColumnType } from "kysely";
// The Kysely view of the database, identical on SQLite and PostgreSQL.
// Conventions: ids are UUID text; times are ISO-8601 UTC strings; JSON lists are text;
// flags are integers (0/1); every user-owned table has `owner_id`.

/** ISO-8601 UTC timestamp, e.g. "2026-11-22T09:30:00.000Z". */
export type Timestamp = string;
/** A JSON document stored as text. */
export type JsonText = string;

export interface UsersTable {
  id: string;
  email: string | null;
  name: string;
  /** IANA time zone of the user. */
  time_zone: string;
  /** A short introduction of myself, used in preparation sheets. */
  intro: string;
  /** Preferences as JSON: holidays, send windows, habit goal, follow-up routine. */
  settings: JsonText;
  /** My own mail server (smtp:// or smtps:// with its password); never sent to a client. */
  smtp_url: string | null;
  mail_from: string | null;
  /** Hosted mode: whether the e-mail address was confirmed (0/1). */
  email_verified?: number;
  image?: string | null;
  is_local: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationsTable {
  id: string;
  owner_id: string;
  name: string;
  /** Normalised name used to match "Acme Inc" with "acme inc". */
  name_key: string;
  website: string | null;
  industry: string | null;
  location: string | null;
  notes: string;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContactsTable {
  id: string;
  owner_id: string;
  first_name: string;
  last_name: string;
  /** JSON list of e-mail addresses. */
  emails: JsonText;
  /** JSON list of phone numbers. */
  phones: JsonText;
  linkedin_url: string | null;
  organization_id: string | null;
  title: string | null;
  location: string | null;
  time_zone: string | null;
  /** How I found this person (see core/contact-fields.ts). */
  source: string | null;
  source_detail: string | null;
  introduced_by_id: string | null;
  /** The conversation in which the introducer suggested them (a referral added there), if any. */
  introduced_in_conversation_id?: string | null;
  /** Whether the introducer agreed that I mention their name. */
  may_mention_introducer: number | null;
  relationship_strength: string;
  /** Their needs: how I can help them. */
  needs: string;
  notes: string;
  last_touch_at: Timestamp | null;
  next_touch_at: Timestamp | null;
  /** Stay-in-touch cadence in days; null means the default for the relationship strength. */
  stay_in_touch_days: number | null;
  /** When the next touch is due: kept by the database from the three columns above (read-only). */
  touch_due_at: ColumnType<Timestamp | null, never, never>;
  /** Lower-case, accent-free names, e-mails, title and organisation, for search. */
  search_text: string;
  /** Lower-case, accent-free "last first" for sorting by name. */
  sort_name: string;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TagsTable {
  id: string;
  owner_id: string;
  name: string;
  name_key: string;
  created_at: Timestamp;
}

export interface ContactTagsTable {
  owner_id: string;
  contact_id: string;
  tag_id: string;
}

export interface GoalsTable {
  id: string;
  owner_id: string;
  title: string;
  /** What I want to learn. */
  description: string;
  /** What I want to learn as a phrase completing "I am exploring …", for messages; "" when not given. */
  learn_phrase: string;
  kind: string;
  status: string;
  decision: string | null;
  decision_reason: string;
  decided_at: Timestamp | null;
  /** JSON: criterion -> { score 1-5, note }, for comparing goals side by side. */
  assessment: JsonText;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConversationsTable {
  id: string;
  owner_id: string;
  contact_id: string;
  kind: string;
  stage: string;
  stage_changed_at: Timestamp;
  format: string | null;
  scheduled_at: Timestamp | null;
  duration_minutes: number | null;
  /** A place, or a link for a call. */
  place: string | null;
  prep: string;
  notes: string;
  insights: string;
  thank_you_sent_at: Timestamp | null;
  /** The specific point the thank-you names, picked when wrapping up. */
  thank_you_point: string | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConversationGoalsTable {
  owner_id: string;
  conversation_id: string;
  goal_id: string;
  /** How well the goal fits, judged after the conversation (1-5). */
  fit_rating: number | null;
  note: string;
}

export interface StageEventsTable {
  id: string;
  owner_id: string;
  conversation_id: string;
  from_stage: string | null;
  to_stage: string;
  at: Timestamp;
  note: string;
  /** Order of the move within its conversation: 1, 2, 3… */
  seq: number;
}

export interface MessagesTable {
  id: string;
  owner_id: string;
  contact_id: string;
  conversation_id: string | null;
  channel: string;
  direction: string;
  /** request, follow-up, thank-you, stay-in-touch, intro-request, other. */
  purpose: string;
  subject: string;
  body: string;
  template_id: string | null;
  status: string;
  scheduled_at: Timestamp | null;
  sent_at: Timestamp | null;
  replied_at: Timestamp | null;
  attempts: number;
  last_error: string | null;
  claimed_at: Timestamp | null;
  claimed_by: string | null;
  /** The address the outbox sends to. */
  to_address: string | null;
  /** When the outbox may next try to send it (its scheduled time, later after a failure). */
  next_attempt_at: Timestamp | null;
  /** The Message-ID header, the same on every attempt, so a repeat can be recognised. */
  mail_message_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InteractionsTable {
  id: string;
  owner_id: string;
  contact_id: string;
  conversation_id: string | null;
  message_id: string | null;
  kind: string;
  /** outbound (I reached out), inbound (they did), mutual. */
  direction: string;
  occurred_at: Timestamp;
  summary: string;
  /** Where it came from: app, linkedin-import, manual... */
  origin: string;
  created_at: Timestamp;
}

export interface TasksTable {
  id: string;
  owner_id: string;
  contact_id: string | null;
  conversation_id: string | null;
  goal_id: string | null;
  kind: string;
  title: string;
  notes: string;
  due_at: Timestamp | null;
  snoozed_until: Timestamp | null;
  done_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TemplatesTable {
  id: string;
  owner_id: string;
  /** Set for the library templates we ship, so updates can find them. */
  builtin_key: string | null;
  kind: string;
  channel: string;
  name: string;
  subject: string;
  body: string;
  position: number;
  hidden_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface QuestionsTable {
  id: string;
  owner_id: string;
  builtin_key: string | null;
  area: string;
  text: string;
  /** JSON list of conversation kinds this question suits; empty means all. */
  kinds: JsonText;
  /** trends, insights, advice, resources, assignments, or null. */
  tiara: string | null;
  position: number;
  hidden_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConversationQuestionsTable {
  id: string;
  owner_id: string;
  conversation_id: string;
  question_id: string | null;
  area: string;
  text: string;
  position: number;
  /** When I ticked it off during the conversation. */
  asked_at: Timestamp | null;
  note: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InsightsTable {
  id: string;
  owner_id: string;
  conversation_id: string | null;
  goal_id: string | null;
  contact_id: string | null;
  text: string;
  created_at: Timestamp;
}

export interface ExchangesTable {
  id: string;
  owner_id: string;
  contact_id: string;
  conversation_id: string | null;
  /** received (I learned or got), given (I gave or offered). */
  direction: string;
  description: string;
  occurred_at: Timestamp;
  created_at: Timestamp;
}

export interface FeedTokensTable {
  id: string;
  owner_id: string;
  /** SHA-256 of the secret token; the token itself is shown once. */
  token_hash: string;
  purpose: string;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SnoozesTable {
  owner_id: string;
  item_key: string;
  until: Timestamp;
  created_at: Timestamp;
}

/** A member of the centre's staff: `admin` or `advisor`. Everyone else is a student. */
export interface CentreRolesTable {
  user_id: string;
  role: string;
  created_at: Timestamp;
}

export interface CohortsTable {
  id: string;
  name: string;
  /** The advisor who leads it (and alone sees its progress). */
  advisor_id: string;
  /** The code in the invitation link; whoever has it may join. */
  invite_code: string;
  created_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface CohortMembersTable {
  cohort_id: string;
  student_id: string;
  /** What the student shares with the cohort's advisor: none, counts, counts-and-name. */
  sharing: string;
  joined_at: Timestamp;
  updated_at: Timestamp;
}

/** Each time an advisor read a student's figures: the student sees this log. */
export interface AdvisorReadsTable {
  id: string;
  cohort_id: string;
  student_id: string;
  advisor_id: string;
  what: string;
  at: Timestamp;
}

/**
 * One searchable record (contact, organisation, conversation, insight, message, note, goal, task,
 * exchange), written only by the database's triggers from the record's own table (read-only here).
 */
export interface SearchDocumentsTable {
  id: ColumnType<number, never, never>;
  owner_id: string;
  kind: ColumnType<string, never, never>;
  record_id: ColumnType<string, never, never>;
  contact_id: ColumnType<string | null, never, never>;
  conversation_id: ColumnType<string | null, never, never>;
  title: ColumnType<string, never, never>;
  body: ColumnType<string, never, never>;
  updated_at: ColumnType<Timestamp, never, never>;
}

/** A signed-in browser (hosted mode): the cookie carries `token`. */
export interface AuthSessionsTable {
  id: string;
  owner_id: string;
  token: string;
  expires_at: Timestamp;
  ip_address: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One way a user signs in: a password (`credential`) or the centre's identity provider. */
export interface AuthAccountsTable {
  id: string;
  owner_id: string;
  account_id: string;
  provider_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: Timestamp | null;
  refresh_token_expires_at: Timestamp | null;
  scope: string | null;
  /** A password's hash (scrypt), never the password. */
  password: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One-time codes: a password reset link, the state of a sign-in at the identity provider. */
export interface AuthVerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Sign-in attempts per address and path, shared by every instance. */
export interface AuthRateLimitsTable {
  id: string;
  key: string;
  count: number;
  /** Milliseconds since 1970. */
  last_request: number;
}

/** An alum's or volunteer's entry in the centre's directory (one per person, theirs). */
export interface AlumniProfilesTable {
  id: string;
  owner_id: string;
  role: string;
  organization: string | null;
  about: string | null;
  /** JSON list of the topics they are glad to talk about. */
  topics: JsonText;
  /** JSON list of the formats they offer: coffee, video, email. */
  formats: JsonText;
  /** How many requests a month they welcome. */
  monthly_limit: number;
  /** 1 while the profile is listed in the directory; 0 when paused. */
  published: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A request an alum received through the directory (owner: the alum), one per person a month. */
export interface AlumniRequestsTable {
  id: string;
  owner_id: string;
  requester_id: string;
  /** The UTC month of the request, "2026-12". */
  month: string;
  at: Timestamp;
}

export interface Database {
  users: UsersTable;
  organizations: OrganizationsTable;
  contacts: ContactsTable;
  tags: TagsTable;
  contact_tags: ContactTagsTable;
  goals: GoalsTable;
  conversations: ConversationsTable;
  conversation_goals: ConversationGoalsTable;
  stage_events: StageEventsTable;
  messages: MessagesTable;
  interactions: InteractionsTable;
  tasks: TasksTable;
  templates: TemplatesTable;
  questions: QuestionsTable;
  conversation_questions: ConversationQuestionsTable;
  insights: InsightsTable;
  exchanges: ExchangesTable;
  feed_tokens: FeedTokensTable;
  snoozes: SnoozesTable;
  centre_roles: CentreRolesTable;
  cohorts: CohortsTable;
  cohort_members: CohortMembersTable;
  advisor_reads: AdvisorReadsTable;
  search_documents: SearchDocumentsTable;
  auth_sessions: AuthSessionsTable;
  auth_accounts: AuthAccountsTable;
  auth_verifications: AuthVerificationsTable;
  auth_rate_limits: AuthRateLimitsTable;
  alumni_profiles: AlumniProfilesTable;
  alumni_requests: AlumniRequestsTable;
}

export type Dialect = "sqlite" | "postgres";

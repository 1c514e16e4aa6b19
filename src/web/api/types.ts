// The shapes the web app works with, as the API sends and takes them: derived from the typed
// client (so from the server's route schemas), never declared a second time.
import type { InferRequestType, InferResponseType } from "hono/client";
import type { api } from "./client.js";

type Api = typeof api;
/** What a route answers on success. */
type Ok<R> = InferResponseType<R, 200>;
type Created<R> = InferResponseType<R, 201>;
/** What a route takes as its JSON body, or its query. */
type Body<R> = InferRequestType<R> extends { json: infer J } ? J : never;
type Query<R> = InferRequestType<R> extends { query: infer Q } ? Q : never;
type Item<L> = L extends { items: readonly (infer I)[] } ? I : never;

// Contacts and organisations
export type Contact = Ok<Api["contacts"][":id"]["$get"]>;
export type ContactPage = Ok<Api["contacts"]["$get"]>;
export type ContactListParams = Query<Api["contacts"]["$get"]>;
export type ArchivedFilter = NonNullable<ContactListParams["archived"]>;
export type ContactCreateInput = Body<Api["contacts"]["$post"]>;
export type ContactUpdateInput = Body<Api["contacts"][":id"]["$patch"]>;
export type TagCount = Item<Ok<Api["tags"]["$get"]>>;
export type Organization = Ok<Api["organizations"][":id"]["$get"]>;
export type OrganizationListParams = Query<Api["organizations"]["$get"]>;
export type OrganizationCreateInput = Body<Api["organizations"]["$post"]>;
export type OrganizationUpdateInput = Body<Api["organizations"][":id"]["$patch"]>;
export type SendTimeAdvice = Ok<Api["contacts"][":id"]["send-time"]["$get"]>;

// Conversations, messages, tasks
export type ConversationDetail = Ok<Api["conversations"][":id"]["$get"]>;
export type Conversation = Item<Ok<Api["conversations"]["$get"]>>;
export type StageEvent = ConversationDetail["history"][number];
export type ConversationListQuery = Query<Api["conversations"]["$get"]>;
export type ConversationCreateInput = Body<Api["conversations"]["$post"]>;
export type ConversationUpdateInput = Body<Api["conversations"][":id"]["$patch"]>;
export type StageMoveInput = Body<Api["conversations"][":id"]["stage"]["$post"]>;
export type Message = Item<Ok<Api["messages"]["$get"]>>;
export type MessageListQuery = Query<Api["messages"]["$get"]>;
export type MessageCreateInput = Body<Api["messages"]["$post"]>;
export type MessageUpdateInput = Body<Api["messages"][":id"]["$patch"]>;
export type Interaction = Created<Api["interactions"]["$post"]>;
export type InteractionCreateInput = Body<Api["interactions"]["$post"]>;
export type Task = Item<Ok<Api["tasks"]["$get"]>>;
export type TaskListParams = Query<Api["tasks"]["$get"]>;
export type TaskCreateInput = Body<Api["tasks"]["$post"]>;
export type TaskUpdateInput = Body<Api["tasks"][":id"]["$patch"]>;

// Today
export type Agenda = Ok<Api["agenda"]["$get"]>;
export type AgendaSection = Agenda["sections"][number];
export type AgendaItem = AgendaSection["items"][number];
export type Suggestion = NonNullable<Agenda["suggestion"]>;
export type HabitProgress = Agenda["habit"];

// Outreach
export type Template = Item<Ok<Api["templates"]["$get"]>>;
export type TemplateCreateInput = Body<Api["templates"]["$post"]>;
export type TemplateUpdateInput = Body<Api["templates"][":id"]["$patch"]>;
export type RenderInput = Body<Api["templates"][":id"]["render"]["$post"]>;
export type RenderedDraft = Ok<Api["templates"][":id"]["render"]["$post"]>;
export type MailSettingsView = Ok<Api["settings"]["mail"]["$get"]>;
export type MailSettingsInput = Body<Api["settings"]["mail"]["$put"]>;
export type Settings = Ok<Api["settings"]["$get"]>;
export type SettingsInput = Body<Api["settings"]["$patch"]>;
export type CalendarFeedStatus = Ok<Api["calendar-feed"]["$get"]>;

// Preparation, goals, follow-through
/** The prep sheet as JSON (the same route answers Markdown with ?format=md). */
export type PrepSheet = Exclude<Ok<Api["conversations"][":id"]["prep"]["$get"]>, string | Response>;
export type ConversationQuestions = Ok<Api["conversations"][":id"]["questions"]["$get"]>;
export type ConversationQuestionItem = ConversationQuestions["items"][number];
export type ConversationQuestionsInput = Body<Api["conversations"][":id"]["questions"]["$put"]>;
export type QuestionView = Item<Ok<Api["questions"]["$get"]>>;
export type QuestionCreateInput = Body<Api["questions"]["$post"]>;
export type QuestionUpdateInput = Body<Api["questions"][":id"]["$patch"]>;
export type Goal = Item<Ok<Api["goals"]["$get"]>>;
export type GoalDetail = Ok<Api["goals"][":id"]["$get"]>;
export type GoalComparison = Ok<Api["goals"]["compare"]["$get"]>;
export type GoalCreateInput = Body<Api["goals"]["$post"]>;
export type GoalUpdateInput = Body<Api["goals"][":id"]["$patch"]>;
export type Referral = Created<Api["conversations"][":id"]["referrals"]["$post"]>;
export type ReferralInput = Body<Api["conversations"][":id"]["referrals"]["$post"]>;
export type ReferredContact = Item<Ok<Api["conversations"][":id"]["referrals"]["$get"]>>;
export type PromiseInput = Body<Api["conversations"][":id"]["promises"]["$post"]>;
export type NeedInput = Body<Api["conversations"][":id"]["needs"]["$post"]>;
export type Insight = Item<Ok<Api["insights"]["$get"]>>;
export type InsightInput = Body<Api["conversations"][":id"]["insights"]["$post"]>;
export type FitInput = Body<Api["conversations"][":id"]["goals"][":goalId"]["fit"]["$put"]>;
export type ExchangeLedger = Ok<Api["contacts"][":id"]["exchanges"]["$get"]>;
export type Exchange = Created<Api["contacts"][":id"]["exchanges"]["$post"]>;
export type ExchangeInput = Body<Api["contacts"][":id"]["exchanges"]["$post"]>;

// Files
export type ImportResult = Ok<Api["import"][":format"]["$post"]>;
export type ImportPeople = NonNullable<ImportResult["people"]>;
export type ImportItem = ImportPeople["items"][number];
export type ImportAction = ImportItem["action"];

// A career centre: cohorts and the alumni directory (hosted mode)
export type CentreMe = Ok<Api["centre"]["me"]["$get"]>;
export type Cohort = Item<Ok<Api["cohorts"]["$get"]>>;
export type CohortProgress = Ok<Api["cohorts"][":id"]["progress"]["$get"]>;
export type CohortStudent = CohortProgress["students"][number];
export type CohortInvitation = Created<Api["cohorts"][":id"]["invitations"]["$post"]>;
export type Sharing = NonNullable<Cohort["mySharing"]>;
export type AdvisorRead = Item<Ok<Api["cohorts"]["reads"]["$get"]>>;
export type AlumniEntry = Item<Ok<Api["alumni"]["$get"]>>;
export type AlumniSearchParams = Query<Api["alumni"]["$get"]>;
export type AlumniProfile = NonNullable<Ok<Api["alumni"]["profile"]["$get"]>["profile"]>;
export type AlumniProfileInput = Body<Api["alumni"]["profile"]["$put"]>;

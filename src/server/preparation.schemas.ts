// Response shapes of preparation and reflection: questions, prep sheets, goals, insights, the
// exchange ledger and referrals, documented in the OpenAPI document.
import { z } from "@hono/zod-openapi";
import { CONVERSATION_KINDS } from "../core/conversation.js";
import { ConversationSchema } from "../core/conversation.schema.js";
import { EXCHANGE_DIRECTIONS } from "../core/give-back.js";
import { GOAL_CRITERIA, GOAL_DECISIONS, GOAL_KINDS } from "../core/goal.js";
import { QUESTION_AREAS, TIARA_STEPS } from "../core/question-areas.js";
import { STAGES } from "../core/stages.js";
import { ContactSchema } from "./schemas.js";

const timestamp = z.string().openapi({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });
const area = z.enum(QUESTION_AREAS);

export const QuestionSchema = z
  .object({
    id: z.string(),
    area,
    areaLabel: z.string().openapi({ example: "A typical day" }),
    text: z.string(),
    kinds: z
      .array(z.enum(CONVERSATION_KINDS))
      .openapi({ description: "The kinds of conversation it suits; empty means all" }),
    tiara: z.enum(TIARA_STEPS).nullable(),
    position: z.number().int().openapi({ description: "Order weight, lower first" }),
    hidden: z.boolean(),
    builtin: z.boolean().openapi({ description: "One of ours: it can be hidden but not deleted" }),
  })
  .openapi("Question");

export const QuestionListSchema = z.object({ items: z.array(QuestionSchema) }).openapi("QuestionList");

export const QuestionRemovalSchema = z
  .object({
    deleted: z.boolean().openapi({ description: "False for a built-in question, which is hidden instead" }),
    question: QuestionSchema.nullable(),
    message: z.string(),
  })
  .openapi("QuestionRemoval");

export const PrepSheetSchema = z
  .object({
    title: z.string().openapi({ example: "Prep: coffee with Grace Hopper (Acme)" }),
    who: z.object({
      name: z.string(),
      role: z.string().nullable(),
      organization: z.string().nullable(),
      howConnected: z.string().nullable(),
      links: z.array(z.string()),
      needs: z.string().nullable(),
      notes: z.string().nullable(),
      earlier: z.array(z.string()).openapi({ description: "Earlier touches, newest first, at most 5" }),
    }),
    why: z.object({
      goals: z.array(z.object({ title: z.string(), description: z.string() })),
      learn: z.string().nullable(),
    }),
    intro: z.string(),
    questions: z.array(z.object({ area, areaLabel: z.string(), text: z.string() })),
    logistics: z.array(z.string()),
  })
  .openapi("PrepSheet");

export const ConversationQuestionsSchema = z
  .object({
    saved: z.boolean().openapi({ description: "False: nothing saved yet, the items are proposed" }),
    items: z.array(
      z.object({
        id: z.string().nullable(),
        questionId: z.string().nullable(),
        area,
        areaLabel: z.string(),
        text: z.string(),
        askedAt: timestamp.nullable(),
        note: z.string(),
      }),
    ),
  })
  .openapi("ConversationQuestions");

const assessment = z
  .record(z.string(), z.object({ score: z.number().int().nullable(), note: z.string() }))
  .openapi({ description: `Per criterion (${GOAL_CRITERIA.join(", ")}): a score 1-5 and a note` });

export const GoalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    kind: z.enum(GOAL_KINDS),
    decision: z.enum(GOAL_DECISIONS),
    decisionReason: z.string(),
    decidedAt: timestamp.nullable(),
    assessment,
    archived: z.boolean(),
    archivedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi("Goal");

export const GoalListSchema = z.object({ items: z.array(GoalSchema) }).openapi("GoalList");

export const InsightSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    conversationId: z.uuid().nullable(),
    goalId: z.uuid().nullable(),
    goalTitle: z.string().nullable(),
    contactId: z.uuid().nullable(),
    contactName: z.string().nullable(),
    createdAt: timestamp,
  })
  .openapi("Insight");

export const InsightListSchema = z.object({ items: z.array(InsightSchema) }).openapi("InsightList");

export const GoalDetailSchema = GoalSchema.extend({
  conversations: z.array(
    z.object({
      id: z.uuid(),
      contactId: z.uuid(),
      contactName: z.string(),
      stage: z.enum(STAGES),
      scheduledAt: timestamp.nullable(),
      fitRating: z.number().int().nullable(),
      fitNote: z.string(),
    }),
  ),
  insights: z.array(InsightSchema),
}).openapi("GoalDetail");

export const GoalComparisonSchema = z
  .object({
    kind: z.enum(GOAL_KINDS),
    kindLabel: z.string(),
    criteria: z.array(z.object({ key: z.enum(GOAL_CRITERIA), label: z.string() })),
    goals: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        decision: z.enum(GOAL_DECISIONS),
        decisionReason: z.string(),
        decidedAt: timestamp.nullable(),
        conversationCount: z.number().int(),
        averageFit: z.number().nullable().openapi({ description: "Average fit rating (1-5), one decimal" }),
        scores: z.array(
          z.object({
            criterion: z.enum(GOAL_CRITERIA),
            score: z.number().int().nullable(),
            note: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi("GoalComparison");

export const GoalFitSchema = z
  .object({
    conversationId: z.uuid(),
    goalId: z.uuid(),
    fitRating: z.number().int().nullable(),
    note: z.string(),
  })
  .openapi("GoalFit");

export const ExchangeSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    conversationId: z.uuid().nullable(),
    direction: z.enum(EXCHANGE_DIRECTIONS),
    description: z.string(),
    occurredAt: timestamp,
    createdAt: timestamp,
  })
  .openapi("Exchange");

export const ExchangeLedgerSchema = z
  .object({
    received: z.array(ExchangeSchema).openapi({ description: "What I learned or got, newest first" }),
    given: z.array(ExchangeSchema).openapi({ description: "What I gave or offered, newest first" }),
    needs: z.string().openapi({ description: "Their needs: how I can help" }),
  })
  .openapi("ExchangeLedger");

export const ReferralSchema = z
  .object({ contact: ContactSchema, conversation: ConversationSchema })
  .openapi("Referral");

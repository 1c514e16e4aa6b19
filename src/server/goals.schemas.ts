// The HTTP shapes of /api/goals: the goal itself is declared once, in core.
import { z } from "@hono/zod-openapi";
import { GOAL_CRITERIA, GOAL_DECISIONS, GOAL_KINDS } from "../core/goal.js";
import { GoalSchema } from "../core/goal.schema.js";
import { InsightSchema } from "../core/insight.schema.js";
import { STAGES } from "../core/stages.js";

export { GoalSchema };

const timestamp = z.string().openapi({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

export const GoalListSchema = z.object({ items: z.array(GoalSchema) }).openapi("GoalList");

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

// The HTTP shapes of what is added from a conversation: referrals, fit ratings, insights.
import { z } from "@hono/zod-openapi";
import { InsightSchema } from "../core/insight.schema.js";
import { ReferralListSchema, ReferralSchema } from "../core/referral.schema.js";

export { InsightSchema, ReferralListSchema, ReferralSchema };

export const InsightListSchema = z.object({ items: z.array(InsightSchema) }).openapi("InsightList");

export const GoalFitSchema = z
  .object({
    conversationId: z.uuid(),
    goalId: z.uuid(),
    fitRating: z.number().int().nullable(),
    note: z.string(),
  })
  .openapi("GoalFit");

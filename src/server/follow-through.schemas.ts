// The HTTP shapes of what is added from a conversation: referrals, fit ratings, insights.
import { z } from "@hono/zod-openapi";
import { ContactSchema } from "../core/contact.schema.js";
import { ConversationSchema } from "../core/conversation.schema.js";
import { InsightSchema } from "../core/insight.schema.js";

export { InsightSchema };

export const InsightListSchema = z.object({ items: z.array(InsightSchema) }).openapi("InsightList");

export const GoalFitSchema = z
  .object({
    conversationId: z.uuid(),
    goalId: z.uuid(),
    fitRating: z.number().int().nullable(),
    note: z.string(),
  })
  .openapi("GoalFit");

export const ReferralSchema = z
  .object({ contact: ContactSchema, conversation: ConversationSchema })
  .openapi("Referral");

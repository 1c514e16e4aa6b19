// The HTTP shapes of /api/conversations: the conversation itself is declared once, in core.
import { z } from "@hono/zod-openapi";
import { ConversationSchema, StageEventSchema } from "../core/conversation.schema.js";
import { MessageSchema } from "../core/message.schema.js";
import { STAGES } from "../core/stages.js";
import { pageOf } from "./schemas.js";

export { ConversationSchema, StageEventSchema };

export const ConversationPageSchema = pageOf(ConversationSchema, "ConversationPage");

export const ConversationDetailSchema = ConversationSchema.extend({
  history: z.array(StageEventSchema),
  messages: z.array(MessageSchema),
}).openapi("ConversationDetail");

export const StageErrorSchema = z
  .object({
    error: z.object({
      code: z.literal("stage_not_allowed"),
      message: z.string(),
      field: z.string().optional(),
      allowed: z.array(z.enum(STAGES)),
    }),
  })
  .openapi("StageNotAllowed");

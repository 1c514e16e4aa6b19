// The HTTP shapes of /api/questions: the question itself is declared once, in core.
import { z } from "@hono/zod-openapi";
import { QuestionRemovalSchema, QuestionSchema } from "../core/question.schema.js";

export { QuestionRemovalSchema, QuestionSchema };

export const QuestionListSchema = z.object({ items: z.array(QuestionSchema) }).openapi("QuestionList");

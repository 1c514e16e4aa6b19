// A conversation's own question list: what may be sent to save it, and how it is proposed.
import { z } from "zod";
import { boundedIsoTime } from "./bounded-time.js";
import { QUESTION_AREAS } from "./question-areas.js";

export const MAX_CONVERSATION_QUESTIONS = 60;

export const QuestionMode = z.enum(["areas", "tiara"], { error: "mode is areas or tiara." }).meta({
  description:
    "areas (default): by area in a natural order; tiara: Trends, Insights, Advice, Resources, Assignments",
});
export type QuestionMode = z.infer<typeof QuestionMode>;

export const ConversationQuestionsInput = z
  .object({
    items: z
      .array(
        z.object({
          questionId: z.string().max(100).nullable().optional(),
          area: z.enum(QUESTION_AREAS, { error: `area is one of ${QUESTION_AREAS.join(", ")}.` }),
          text: z
            .string({ error: "text is required." })
            .trim()
            .min(1, "text is required: write the question.")
            .max(1000, "text is longer than 1000 characters."),
          askedAt: boundedIsoTime({ offset: true, error: "askedAt must be an ISO-8601 time." })
            .nullable()
            .optional(),
          note: z.string().max(20_000, "note is longer than 20,000 characters.").optional(),
        }),
        { error: "items is a list of questions." },
      )
      .max(
        MAX_CONVERSATION_QUESTIONS,
        `A conversation holds at most ${MAX_CONVERSATION_QUESTIONS} questions.`,
      ),
  })
  .meta({ id: "ConversationQuestionsSave" });
export type ConversationQuestionsInput = z.infer<typeof ConversationQuestionsInput>;

// Quick adds from a conversation: what may be sent for a promise, a need and a goal's fit.
import { z } from "zod";
import { boundedIsoTime } from "./bounded-time.js";

export const PromiseInput = z
  .object({
    title: z
      .string({ error: (i) => (i.input === undefined ? "title is required." : "title must be text.") })
      .trim()
      .min(1, "title is required: what did you promise?")
      .max(300, "title is longer than 300 characters."),
    dueAt: boundedIsoTime({ offset: true, error: "dueAt must be an ISO-8601 time." })
      .optional()
      .meta({ description: "Default: tomorrow at 17:00 in my time zone" }),
  })
  .meta({ id: "PromiseCreate" });
export type PromiseInput = z.infer<typeof PromiseInput>;

export const NeedInput = z
  .object({
    text: z
      .string({ error: (i) => (i.input === undefined ? "text is required." : "text must be text.") })
      .trim()
      .min(1, "text is required: what do they need?")
      .max(1000, "text is longer than 1000 characters."),
  })
  .meta({ id: "NeedCreate" });
export type NeedInput = z.infer<typeof NeedInput>;

export const FitInput = z
  .object({
    fitRating: z
      .number({ error: "fitRating is a number from 1 to 5, or null." })
      .int("fitRating is a whole number from 1 to 5.")
      .min(1, "fitRating is from 1 to 5.")
      .max(5, "fitRating is from 1 to 5.")
      .nullable(),
    note: z.string().max(5000, "note is longer than 5000 characters.").optional(),
  })
  .meta({ id: "GoalFitSet" });
export type FitInput = z.infer<typeof FitInput>;

// Quick adds from a conversation: a promise I made (my task), a need of theirs (how I can help),
// and how well each goal fits after what I heard.
import { z } from "@hono/zod-openapi";
import type { Contact } from "../core/contact.js";
import { NotFoundError, ValidationError } from "../core/errors.js";
import { appendNeed, promiseDueAt } from "../core/follow-through.js";
import type { Task } from "../core/task.js";
import { updateContactRow } from "../db/contacts.repository.js";
import { findGoal, setGoalFit } from "../db/goals.repository.js";
import { boundedIsoTime } from "./bounded-time.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
import { getConversation } from "./conversations.service.js";
import { parseInput } from "./errors.js";
import { getSettings } from "./settings.service.js";
import { createTask } from "./tasks.service.js";

const MAX_NEEDS = 5000;

export const PromiseInput = z
  .object({
    title: z
      .string({ error: (i) => (i.input === undefined ? "title is required." : "title must be text.") })
      .trim()
      .min(1, "title is required: what did you promise?")
      .max(300, "title is longer than 300 characters."),
    dueAt: boundedIsoTime({ offset: true, error: "dueAt must be an ISO-8601 time." })
      .optional()
      .openapi({ description: "Default: tomorrow at 17:00 in my time zone" }),
  })
  .openapi("PromiseCreate");
export type PromiseInput = z.infer<typeof PromiseInput>;

export const NeedInput = z
  .object({
    text: z
      .string({ error: (i) => (i.input === undefined ? "text is required." : "text must be text.") })
      .trim()
      .min(1, "text is required: what do they need?")
      .max(1000, "text is longer than 1000 characters."),
  })
  .openapi("NeedCreate");
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
  .openapi("GoalFitSet");
export type FitInput = z.infer<typeof FitInput>;

export interface GoalFit {
  conversationId: string;
  goalId: string;
  fitRating: number | null;
  note: string;
}

/** A promise I made in the conversation becomes my task, linked to it and to the person. */
export async function addPromise(
  ctx: ServiceContext,
  conversationId: string,
  raw: PromiseInput,
): Promise<Task> {
  const input = parseInput(PromiseInput, raw);
  await getConversation(ctx, conversationId);
  const { timeZone } = await getSettings(ctx);
  return createTask(ctx, {
    kind: "promise",
    title: input.title,
    dueAt: input.dueAt ?? promiseDueAt(ctx.clock.now(), timeZone),
    conversationId,
  });
}

/** Notes a need of theirs on the person, dated, below what was there. */
export async function addNeed(ctx: ServiceContext, conversationId: string, raw: NeedInput): Promise<Contact> {
  const input = parseInput(NeedInput, raw);
  const conversation = await getConversation(ctx, conversationId);
  const [contact, { timeZone }] = await Promise.all([
    getContact(ctx, conversation.contactId),
    getSettings(ctx),
  ]);
  const needs = appendNeed(contact.needs, input.text, ctx.clock.now(), timeZone);
  if (needs.length > MAX_NEEDS)
    throw new ValidationError(
      `text: their needs would be longer than ${MAX_NEEDS} characters; tidy them up on the contact first.`,
      "text",
    );
  await updateContactRow(ctx.db.kysely, ctx.user.id, contact.id, { needs }, nowIso(ctx));
  return getContact(ctx, contact.id);
}

/** How well a goal fits after this conversation (1-5); links the goal to it if it was not yet. */
export async function setFit(
  ctx: ServiceContext,
  conversationId: string,
  goalId: string,
  raw: FitInput,
): Promise<GoalFit> {
  const input = parseInput(FitInput, raw);
  await getConversation(ctx, conversationId);
  if (!(await findGoal(ctx.db.kysely, ctx.user.id, goalId))) throw new NotFoundError("goal", goalId);
  const fit = { conversationId, goalId, fitRating: input.fitRating, note: input.note?.trim() ?? "" };
  await setGoalFit(ctx.db.kysely, ctx.user.id, fit);
  return fit;
}

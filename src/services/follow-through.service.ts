// Quick adds from a conversation: a promise I made (my task), a need of theirs (how I can help),
// and how well each goal fits after what I heard.
import type { Contact } from "../core/contact.js";
import { NotFoundError, ValidationError } from "../core/errors.js";
import { appendNeed, promiseDueAt } from "../core/follow-through.js";
import { FitInput, NeedInput, PromiseInput } from "../core/follow-through.schema.js";
import type { Task } from "../core/task.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
import { getConversation } from "./conversations.service.js";
import { parseInput } from "./errors.js";
import { getSettings } from "./settings.service.js";
import { createTask } from "./tasks.service.js";

const MAX_NEEDS = 5000;

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
  await ctx.repos.contacts.update(contact.id, { needs }, nowIso(ctx));
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
  if (!(await ctx.repos.goals.find(goalId))) throw new NotFoundError("goal", goalId);
  const fit = { conversationId, goalId, fitRating: input.fitRating, note: input.note?.trim() ?? "" };
  await ctx.repos.goals.setFit(fit);
  return fit;
}

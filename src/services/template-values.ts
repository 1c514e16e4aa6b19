// What coffeechat already knows to fill a template for a contact: their names and role, mine,
// who introduced us, what I want to learn and how long I ask for.
import { DateTime } from "luxon";
import type { Contact } from "../core/contact.js";
import type { Conversation } from "../core/conversation.js";
import { ValidationError } from "../core/errors.js";
import { fillInProblem } from "../core/fill-in.js";
import { heldAt } from "../core/held-date.js";
import { HELD } from "../core/stages.js";
import { joinFormats, type TemplateValues } from "../core/template.js";
import type { ServiceContext } from "./context.js";

/** Formats offered when the conversation does not say: people say yes more often given a choice. */
const DEFAULT_FORMATS = ["phone", "video", "coffee"];
/** Minutes asked when the conversation does not say: short enough to say yes to. */
const DEFAULT_MINUTES = 20;

/**
 * What a goal says I want to learn, as a phrase that reads inside a sentence ("I am exploring …"):
 * the phrase given for it; for a goal without one, its description when that is such a phrase, else
 * its title.
 */
function learnPhrase(goal: { title: string; description: string; learnPhrase: string }): string {
  if (goal.learnPhrase.trim()) return goal.learnPhrase.trim();
  const description = goal.description.trim();
  if (description && !description.endsWith("?") && description.length <= 120) {
    const phrase = lowerFirst(description.replace(/[.!]+$/, ""));
    // A description that would not read in the sentence (a list, several clauses) is not pasted.
    if (!fillInProblem("", phrase)) return phrase;
  }
  // A title is often a name ("Roche", "Data engineering at NASA"): kept as written.
  return goal.title.trim();
}

/** "How labs hire" -> "how labs hire", but "NASA missions" stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export async function knownValues(
  ctx: ServiceContext,
  contact: Contact,
  conversation: Conversation | null,
): Promise<TemplateValues> {
  const user = await ctx.repos.settings.get();
  // "Me" is the placeholder name of a new local user: better named as missing than signed "Me".
  const myName = user && user.name.trim() !== "Me" ? user.name.trim() : "";
  const introducer = contact.introducedById
    ? await ctx.repos.contacts.find(contact.introducedById)
    : undefined;
  const goals = conversation?.goalIds.length ? await ctx.repos.goals.findMany(conversation.goalIds) : [];
  const learn = goals.map(learnPhrase).find(Boolean);
  const zone = user?.timeZone ?? ctx.user.timeZone;
  const held = conversation ? await heldMoment(ctx, conversation) : null;
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    fullName: contact.fullName,
    organization: contact.organization,
    title: contact.title,
    myName,
    myFirstName: myName.split(/\s+/)[0] ?? "",
    connection: introducer ? `${introducer.fullName} suggested I get in touch with you` : null,
    introducerFirstName: introducer?.firstName ?? null,
    learnGoal: learn ?? null,
    minutes: conversation?.durationMinutes ?? DEFAULT_MINUTES,
    formats: joinFormats(
      conversation?.format && conversation.format !== "other"
        ? [conversation.format, ...DEFAULT_FORMATS.filter((f) => f !== conversation.format)].slice(0, 3)
        : DEFAULT_FORMATS,
    ),
    specificPoint: conversation?.thankYouPoint ?? null,
    // The day it took place: never a scheduled day still to come (a thank-you thanks for the past).
    conversationDate: held
      ? DateTime.fromISO(held, { zone }).setLocale("en-GB").toFormat("cccc d MMMM")
      : null,
  };
}

/** For a request for an introduction: the person to meet fills the template, the one written to introduces. */
export async function introductionValues(
  ctx: ServiceContext,
  introducer: Contact,
  introduceToId: string,
  conversation: Conversation | null,
): Promise<TemplateValues> {
  if (introduceToId === introducer.id)
    throw new ValidationError("introduceToId: someone cannot introduce you to themselves.", "introduceToId");
  const target = await ctx.repos.contacts.find(introduceToId);
  if (!target)
    throw new ValidationError(`introduceToId: no contact with id ${introduceToId}.`, "introduceToId");
  const known = await knownValues(ctx, target, conversation);
  return { ...known, introducerFirstName: introducer.firstName, connection: null };
}

/** When the conversation took place (its scheduled time, or when it was marked done if earlier). */
async function heldMoment(ctx: ServiceContext, conversation: Conversation): Promise<string | null> {
  const history =
    conversation.scheduledAt || HELD.includes(conversation.stage)
      ? await ctx.repos.conversations.stageHistory(conversation.id)
      : [];
  const done = history.filter((event) => HELD.includes(event.to)).at(0);
  return heldAt({
    scheduledAt: conversation.scheduledAt,
    doneAt: HELD.includes(conversation.stage) ? (done?.at ?? conversation.stageChangedAt) : null,
    now: ctx.clock.now(),
  });
}

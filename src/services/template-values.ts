// What coffeechat already knows to fill a template for a contact: their names and role, mine,
// who introduced us, what I want to learn and how long I ask for.
import { DateTime } from "luxon";
import type { Contact } from "../core/contact.js";
import type { Conversation } from "../core/conversation.js";
import { joinFormats, type TemplateValues } from "../core/template.js";
import { findContact } from "../db/contacts.repository.js";
import { findUser } from "../db/users.repository.js";
import type { ServiceContext } from "./context.js";

/** Formats offered when the conversation does not say: people say yes more often given a choice. */
const DEFAULT_FORMATS = ["phone", "video", "coffee"];
/** Minutes asked when the conversation does not say: short enough to say yes to. */
const DEFAULT_MINUTES = 20;

export async function knownValues(
  ctx: ServiceContext,
  contact: Contact,
  conversation: Conversation | null,
): Promise<TemplateValues> {
  const user = await findUser(ctx.db.kysely, ctx.user.id);
  // "Me" is the placeholder name of a new local user: better named as missing than signed "Me".
  const myName = user && user.name.trim() !== "Me" ? user.name.trim() : "";
  const introducer = contact.introducedById
    ? await findContact(ctx.db.kysely, ctx.user.id, contact.introducedById)
    : undefined;
  const goals = conversation?.goalIds.length
    ? await ctx.db.kysely
        .selectFrom("goals")
        .select(["title", "description"])
        .where("owner_id", "=", ctx.user.id)
        .where("id", "in", conversation.goalIds)
        .execute()
    : [];
  const learn = goals.map((g) => g.description.trim()).find(Boolean);
  const zone = user?.time_zone ?? ctx.user.timeZone;
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
    conversationDate: conversation?.scheduledAt
      ? DateTime.fromISO(conversation.scheduledAt, { zone }).setLocale("en-GB").toFormat("cccc d MMMM")
      : null,
  };
}

// Calendar files: one conversation as .ics, and a subscribable feed at a secret, revocable address.
import { createHash, randomBytes } from "node:crypto";
import { ValidationError } from "../core/errors.js";
import { isInYearRange } from "../core/year-range.js";
import type { SystemRepository } from "../db/system.repository.js";
import { getContact } from "./contacts.service.js";
import { type CurrentUser, nowIso, type ServiceContext, withTransaction } from "./context.js";
import { getConversation, listConversations } from "./conversations.service.js";
import { getSettings } from "./settings.service.js";

export async function conversationCalendar(
  ctx: ServiceContext,
  id: string,
  appUrl?: string,
): Promise<string> {
  const conversation = await getConversation(ctx, id);
  if (!conversation.scheduledAt) {
    throw new ValidationError(
      "This conversation has no date and time yet; schedule it first.",
      "scheduledAt",
    );
  }
  if (!isInYearRange(conversation.scheduledAt)) {
    throw new ValidationError(
      "This conversation's date is outside the years 1900–2200; correct it first.",
      "scheduledAt",
    );
  }
  const [contact, settings, { conversationToICalendar }] = await Promise.all([
    getContact(ctx, conversation.contactId),
    getSettings(ctx),
    // The iCalendar writer is loaded when a calendar file is first asked for, not at start.
    import("../integrations/ical-conversation.js"),
  ]);
  return conversationToICalendar({
    conversation,
    contactEmail: contact.emails[0] ?? null,
    organizerName: settings.name,
    userZone: settings.timeZone,
    ...(appUrl ? { appUrl } : {}),
  });
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

const FEED_PURPOSE = "calendar";

export async function feedStatus(
  ctx: ServiceContext,
): Promise<{ active: boolean; createdAt: string | null }> {
  const createdAt = await ctx.repos.feedTokens.liveSince(FEED_PURPOSE);
  return { active: createdAt !== undefined, createdAt: createdAt ?? null };
}

/** A new secret feed address; any earlier one stops working. The token is shown only now. */
export async function createFeed(
  ctx: ServiceContext,
): Promise<{ token: string; path: string; createdAt: string }> {
  const token = randomBytes(24).toString("base64url");
  const now = nowIso(ctx);
  await withTransaction(ctx, async (tx) => {
    await tx.repos.feedTokens.revoke(FEED_PURPOSE, now);
    await tx.repos.feedTokens.create(hash(token), FEED_PURPOSE, now);
  });
  return { token, path: `/api/feeds/${token}/calendar.ics`, createdAt: now };
}

export async function revokeFeed(ctx: ServiceContext): Promise<void> {
  await ctx.repos.feedTokens.revoke(FEED_PURPOSE, nowIso(ctx));
}

/** The owner of a live feed token, or null: the token is the only credential of a feed. */
export function feedOwner(system: SystemRepository, token: string): Promise<string | null> {
  return system.feedOwner(hash(token), FEED_PURPOSE);
}

export async function feedCalendar(ctx: ServiceContext, appUrl?: string): Promise<string> {
  const settings = await getSettings(ctx);
  const page = await listConversations(ctx, { stage: ["scheduled", "done", "thanked"], limit: 500 });
  const tasks = await ctx.repos.tasks.list({ done: false, limit: 500 });
  const { calendarFeed } = await import("../integrations/ical-feed.js");
  return calendarFeed({
    events: page.items.map((conversation) => ({ conversation })),
    tasks,
    name: "coffeechat",
    userZone: settings.timeZone,
    now: ctx.clock.now(),
    ...(appUrl ? { appUrl } : {}),
  });
}

/**
 * The calendar feed at a secret address, in its owner's context; null when the token is not live.
 * The feed route calls this with the runtime (`runtime.system`, `runtime.contextFor`).
 */
export async function feedCalendarByToken(
  runtime: {
    system: SystemRepository;
    contextFor: (user: CurrentUser) => ServiceContext;
  },
  token: string,
  appUrl?: string,
): Promise<string | null> {
  const ownerId = await feedOwner(runtime.system, token);
  if (!ownerId) return null;
  const owner = await runtime.system.findUser(ownerId);
  if (!owner) return null;
  const ctx = runtime.contextFor({ id: owner.id, name: owner.name, timeZone: owner.time_zone });
  return feedCalendar(ctx, appUrl);
}

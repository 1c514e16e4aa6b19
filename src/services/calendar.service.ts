// Calendar files: one conversation as .ics, and a subscribable feed at a secret, revocable address.

import { createHash, randomBytes } from "node:crypto";
import { ValidationError } from "../core/errors.js";
import { isInYearRange } from "../core/year-range.js";
import { newId } from "../db/ids.js";
import { listTasks } from "../db/tasks.repository.js";
import { conversationToICalendar } from "../integrations/ical-conversation.js";
import { calendarFeed } from "../integrations/ical-feed.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
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
  const [contact, settings] = await Promise.all([getContact(ctx, conversation.contactId), getSettings(ctx)]);
  return conversationToICalendar({
    conversation,
    contactEmail: contact.emails[0] ?? null,
    organizerName: settings.name,
    userZone: settings.timeZone,
    ...(appUrl ? { appUrl } : {}),
  });
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export async function feedStatus(
  ctx: ServiceContext,
): Promise<{ active: boolean; createdAt: string | null }> {
  const row = await ctx.db.kysely
    .selectFrom("feed_tokens")
    .select("created_at")
    .where("owner_id", "=", ctx.user.id)
    .where("purpose", "=", "calendar")
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return { active: Boolean(row), createdAt: row?.created_at ?? null };
}

/** A new secret feed address; any earlier one stops working. The token is shown only now. */
export async function createFeed(
  ctx: ServiceContext,
): Promise<{ token: string; path: string; createdAt: string }> {
  const token = randomBytes(24).toString("base64url");
  const now = nowIso(ctx);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable("feed_tokens")
      .set({ revoked_at: now })
      .where("owner_id", "=", ctx.user.id)
      .where("purpose", "=", "calendar")
      .where("revoked_at", "is", null)
      .execute();
    await trx
      .insertInto("feed_tokens")
      .values({
        id: newId(),
        owner_id: ctx.user.id,
        token_hash: hash(token),
        purpose: "calendar",
        revoked_at: null,
        created_at: now,
      })
      .execute();
  });
  return { token, path: `/api/feeds/${token}/calendar.ics`, createdAt: now };
}

export async function revokeFeed(ctx: ServiceContext): Promise<void> {
  await ctx.db.kysely
    .updateTable("feed_tokens")
    .set({ revoked_at: nowIso(ctx) })
    .where("owner_id", "=", ctx.user.id)
    .where("purpose", "=", "calendar")
    .where("revoked_at", "is", null)
    .execute();
}

/** The owner of a live feed token, or null: the token is the only credential of a feed. */
export async function feedOwner(ctx: Pick<ServiceContext, "db">, token: string): Promise<string | null> {
  const row = await ctx.db.kysely
    .selectFrom("feed_tokens")
    .select("owner_id")
    .where("token_hash", "=", hash(token))
    .where("purpose", "=", "calendar")
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row?.owner_id ?? null;
}

export async function feedCalendar(ctx: ServiceContext, appUrl?: string): Promise<string> {
  const settings = await getSettings(ctx);
  const page = await listConversations(ctx, { stage: ["scheduled", "done", "thanked"], limit: 500 });
  const tasks = await listTasks(ctx.db.kysely, ctx.user.id, { done: false, limit: 500 });
  return calendarFeed({
    events: page.items.map((conversation) => ({ conversation })),
    tasks,
    name: "coffeechat",
    userZone: settings.timeZone,
    now: ctx.clock.now(),
    ...(appUrl ? { appUrl } : {}),
  });
}

import { textDateStyle } from "../core/date-style.js";
import { byWeekdayAndHour } from "../core/reply-rates.js";
import { adviseSendTime, type OwnRecord } from "../core/send-time.js";
import { getContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { getSettings } from "./settings.service.js";

/** My requests' reply rates by weekday and hour on the readers' clocks (the advisor uses them once there are enough). */
async function ownRecord(ctx: ServiceContext, userZone: string): Promise<OwnRecord> {
  const rows = await ctx.repos.analytics.requestTimes();
  return { sent: rows.reduce((n, r) => n + r.sent, 0), ...byWeekdayAndHour(rows, userZone) };
}

/** The next good moment to send this person a request, with the reason in words. */
export async function sendTimeFor(
  ctx: ServiceContext,
  contactId: string,
): Promise<{ at: string; reason: string }> {
  const [contact, settings] = await Promise.all([getContact(ctx, contactId), getSettings(ctx)]);
  const advice = adviseSendTime({
    now: ctx.clock.now(),
    contactZone: contact.timeZone,
    userZone: settings.timeZone,
    windows: settings.sendWindows,
    holidays: settings.holidays,
    ownRecord: await ownRecord(ctx, settings.timeZone),
    style: textDateStyle(settings.dateStyle),
  });
  return { at: advice.at.toISOString(), reason: advice.reason };
}

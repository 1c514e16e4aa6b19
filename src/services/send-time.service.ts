import { adviseSendTime } from "../core/send-time.js";
import { getContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { getSettings } from "./settings.service.js";

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
  });
  return { at: advice.at.toISOString(), reason: advice.reason };
}

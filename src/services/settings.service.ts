import { z } from "@hono/zod-openapi";
import { isTimeZone } from "../core/contact-fields.js";
import { NotFoundError } from "../core/errors.js";
import { type PracticeSettings, readSettings } from "../core/settings.js";
import { findUser } from "../db/users.repository.js";
import { boundedIsoDate } from "./bounded-time.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

export interface Settings extends PracticeSettings {
  name: string;
  timeZone: string;
  /** A short introduction of myself, for preparation sheets. */
  intro: string;
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day is HH:MM, e.g. 08:30");

export const SettingsInput = z
  .object({
    name: z.string().trim().min(1, "name cannot be empty.").max(100).optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, "timeZone must be an IANA time zone such as Europe/Paris.")
      .optional(),
    intro: z.string().max(5000).optional(),
    holidays: z.array(boundedIsoDate("holidays are dates, YYYY-MM-DD.")).max(366).optional(),
    sendWindows: z
      .array(
        z
          .object({
            days: z.array(z.number().int().min(1).max(7, "days are 1 (Monday) to 7 (Sunday).")).min(1).max(7),
            from: hhmm,
            to: hhmm,
          })
          .refine((w) => w.from < w.to, "a window's from is before its to."),
      )
      .min(1, "keep at least one sending window.")
      .max(14)
      .optional(),
    habitPerWeek: z.number().int().min(1, "at least one conversation a week.").max(14).optional(),
    followUp: z
      .object({
        checkAfterDays: z.number().int().min(1).max(20),
        nudgeAfterDays: z.number().int().min(2).max(30),
        maxNudges: z.number().int().min(0).max(5),
      })
      .refine((f) => f.checkAfterDays < f.nudgeAfterDays, "check for a reply before nudging.")
      .optional(),
  })
  .openapi("SettingsUpdate");
export type SettingsInput = z.infer<typeof SettingsInput>;

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  const user = await findUser(ctx.db.kysely, ctx.user.id);
  if (!user) throw new NotFoundError("user", ctx.user.id);
  return {
    name: user.name,
    timeZone: user.time_zone,
    intro: user.intro,
    ...readSettings(JSON.parse(user.settings)),
  };
}

export async function updateSettings(ctx: ServiceContext, raw: SettingsInput): Promise<Settings> {
  const input = parseInput(SettingsInput, raw);
  const current = await getSettings(ctx);
  const practice: PracticeSettings = {
    holidays: input.holidays ?? current.holidays,
    sendWindows: input.sendWindows ?? current.sendWindows,
    habitPerWeek: input.habitPerWeek ?? current.habitPerWeek,
    followUp: input.followUp ?? current.followUp,
  };
  await ctx.db.kysely
    .updateTable("users")
    .set({
      name: input.name ?? current.name,
      time_zone: input.timeZone ?? current.timeZone,
      intro: input.intro ?? current.intro,
      settings: JSON.stringify(practice),
      updated_at: nowIso(ctx),
    })
    .where("id", "=", ctx.user.id)
    .execute();
  return getSettings(ctx);
}

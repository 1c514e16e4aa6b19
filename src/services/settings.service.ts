import { NotFoundError } from "../core/errors.js";
import type { PracticeSettings } from "../core/settings.js";
import { type Settings, SettingsInput } from "../core/settings.schema.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

export type { Settings, SettingsInput };

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  const settings = await ctx.repos.settings.get();
  if (!settings) throw new NotFoundError("user", ctx.user.id);
  return settings;
}

export async function updateSettings(ctx: ServiceContext, raw: SettingsInput): Promise<Settings> {
  const input = parseInput(SettingsInput, raw);
  const current = await getSettings(ctx);
  const practice: PracticeSettings = {
    holidays: input.holidays ?? current.holidays,
    sendWindows: input.sendWindows ?? current.sendWindows,
    habitPerWeek: input.habitPerWeek ?? current.habitPerWeek,
    followUp: input.followUp ?? current.followUp,
    dateStyle: input.dateStyle ?? current.dateStyle,
  };
  await ctx.repos.settings.update(
    {
      name: input.name ?? current.name,
      timeZone: input.timeZone ?? current.timeZone,
      intro: input.intro ?? current.intro,
      practice,
    },
    nowIso(ctx),
  );
  return getSettings(ctx);
}

import type { Settings, SettingsInput } from "../api/types.js";
// The settings form: values as typed, the API's rules checked as one types, and the change to send.

export interface WindowValues {
  days: number[];
  from: string;
  to: string;
}

export interface SettingsFormValues {
  name: string;
  timeZone: string;
  intro: string;
  habitPerWeek: number | string;
  checkAfterDays: number | string;
  nudgeAfterDays: number | string;
  maxNudges: number | string;
  sendWindows: WindowValues[];
  holidays: string[];
}

export type SettingsErrors = Partial<Record<string, string>>;

export const WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function settingsToForm(settings: Settings): SettingsFormValues {
  return {
    name: settings.name,
    timeZone: settings.timeZone,
    intro: settings.intro,
    habitPerWeek: settings.habitPerWeek,
    checkAfterDays: settings.followUp.checkAfterDays,
    nudgeAfterDays: settings.followUp.nudgeAfterDays,
    maxNudges: settings.followUp.maxNudges,
    sendWindows: settings.sendWindows.map((w) => ({ days: [...w.days], from: w.from, to: w.to })),
    holidays: [...settings.holidays].sort(),
  };
}

function wholeIn(value: number | string, min: number, max: number, what: string): string | undefined {
  if (value === "") return `How many ${what}?`;
  const n = Number(value);
  if (!Number.isInteger(n)) return "A whole number.";
  if (n < min || n > max) return `Between ${min} and ${max}.`;
  return undefined;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function validateSettings(
  values: SettingsFormValues,
  isZone: (zone: string) => boolean,
): SettingsErrors {
  const errors: SettingsErrors = {};
  if (!values.name.trim()) errors.name = "What should coffeechat call you?";
  if (!isZone(values.timeZone.trim())) errors.timeZone = "Pick a time zone from the list, e.g. Europe/Paris.";
  const habit = wholeIn(values.habitPerWeek, 1, 14, "conversations a week");
  if (habit) errors.habitPerWeek = habit;
  const check = wholeIn(values.checkAfterDays, 1, 20, "days");
  if (check) errors.checkAfterDays = check;
  const nudge = wholeIn(values.nudgeAfterDays, 2, 30, "days");
  if (nudge) errors.nudgeAfterDays = nudge;
  const max = wholeIn(values.maxNudges, 0, 5, "nudges");
  if (max) errors.maxNudges = max;
  if (!check && !nudge && Number(values.checkAfterDays) >= Number(values.nudgeAfterDays)) {
    errors.nudgeAfterDays = "Nudge after the check for a reply, not before.";
  }
  if (values.sendWindows.length === 0) errors.sendWindows = "Keep at least one sending window.";
  values.sendWindows.forEach((w, index) => {
    if (w.days.length === 0) errors[`sendWindows.${index}.days`] = "Pick at least one day.";
    if (!HHMM.test(w.from)) errors[`sendWindows.${index}.from`] = "A time, e.g. 08:00.";
    if (!HHMM.test(w.to)) errors[`sendWindows.${index}.to`] = "A time, e.g. 12:00.";
    else if (HHMM.test(w.from) && w.from >= w.to) errors[`sendWindows.${index}.to`] = "After the start.";
  });
  return errors;
}

export function toSettingsInput(values: SettingsFormValues): SettingsInput {
  return {
    name: values.name.trim(),
    timeZone: values.timeZone.trim(),
    intro: values.intro,
    habitPerWeek: Number(values.habitPerWeek),
    followUp: {
      checkAfterDays: Number(values.checkAfterDays),
      nudgeAfterDays: Number(values.nudgeAfterDays),
      maxNudges: Number(values.maxNudges),
    },
    sendWindows: values.sendWindows.map((w) => ({
      days: [...w.days].sort((a, b) => a - b),
      from: w.from,
      to: w.to,
    })),
    holidays: [...new Set(values.holidays)].sort(),
  };
}

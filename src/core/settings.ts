// The user's preferences for the practice, with our defaults for anything not set.
import { AUTO_DATE_STYLE, type DateStyleChoice, readDateStyleChoice } from "./date-style.js";
import { DEFAULT_FOLLOW_UP, type FollowUpRules } from "./follow-up.js";
import { DEFAULT_SEND_WINDOWS, type SendWindow } from "./send-time.js";

export interface PracticeSettings {
  /** Local dates that are not business days, "YYYY-MM-DD". */
  holidays: string[];
  sendWindows: SendWindow[];
  /** Conversations a week to aim for. */
  habitPerWeek: number;
  followUp: FollowUpRules;
  /** How dates and times are written: a 24- or 12-hour clock, the day or the month first. */
  dateStyle: DateStyleChoice;
}

export const DEFAULT_SETTINGS: PracticeSettings = {
  holidays: [],
  sendWindows: DEFAULT_SEND_WINDOWS.map((w) => ({ ...w, days: [...w.days] })),
  habitPerWeek: 1,
  followUp: DEFAULT_FOLLOW_UP,
  dateStyle: AUTO_DATE_STYLE,
};

/** Reads stored settings, keeping our default for anything missing or malformed. */
export function readSettings(stored: unknown): PracticeSettings {
  const value = (stored && typeof stored === "object" ? stored : {}) as Partial<PracticeSettings>;
  return {
    holidays: Array.isArray(value.holidays)
      ? value.holidays.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(String(d)))
      : [],
    sendWindows:
      Array.isArray(value.sendWindows) && value.sendWindows.length > 0
        ? value.sendWindows
        : DEFAULT_SETTINGS.sendWindows,
    habitPerWeek: typeof value.habitPerWeek === "number" && value.habitPerWeek >= 1 ? value.habitPerWeek : 1,
    followUp: { ...DEFAULT_FOLLOW_UP, ...(value.followUp ?? {}) },
    dateStyle: readDateStyleChoice(value.dateStyle),
  };
}

import { describe, expect, it } from "vitest";
import type { Settings } from "../api/types.js";
import { settingsToForm, toSettingsInput, validateSettings } from "./settings-form.js";

const settings: Settings = {
  name: "Me",
  timeZone: "Europe/Berlin",
  intro: "",
  holidays: ["2026-12-25", "2026-12-24"],
  sendWindows: [{ days: [2, 3], from: "08:00", to: "12:00" }],
  habitPerWeek: 1,
  followUp: { checkAfterDays: 3, nudgeAfterDays: 7, maxNudges: 2 },
  dateStyle: { time: "auto", dates: "auto" },
};
const isZone = (zone: string) => zone === "Europe/Berlin" || zone === "UTC";

describe("the settings form", () => {
  it("round-trips the settings, holidays in order", () => {
    const form = settingsToForm(settings);
    expect(validateSettings(form, isZone)).toEqual({});
    expect(toSettingsInput(form)).toEqual({
      name: "Me",
      timeZone: "Europe/Berlin",
      intro: "",
      habitPerWeek: 1,
      followUp: settings.followUp,
      sendWindows: settings.sendWindows,
      holidays: ["2026-12-24", "2026-12-25"],
    });
  });

  it("checks what the API checks, naming the field", () => {
    const form = settingsToForm(settings);
    expect(validateSettings({ ...form, timeZone: "Mars/Olympus" }, isZone).timeZone).toBeDefined();
    expect(validateSettings({ ...form, checkAfterDays: 7, nudgeAfterDays: 7 }, isZone).nudgeAfterDays).toBe(
      "Nudge after the check for a reply, not before.",
    );
    expect(validateSettings({ ...form, habitPerWeek: 0 }, isZone).habitPerWeek).toBe("Between 1 and 14.");
    const badWindow = { ...form, sendWindows: [{ days: [], from: "12:00", to: "09:00" }] };
    expect(validateSettings(badWindow, isZone)).toMatchObject({
      "sendWindows.0.days": "Pick at least one day.",
      "sendWindows.0.to": "After the start.",
    });
    expect(validateSettings({ ...form, sendWindows: [] }, isZone).sendWindows).toBeDefined();
  });
});

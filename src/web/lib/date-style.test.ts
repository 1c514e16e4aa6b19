import { describe, expect, it } from "vitest";
import { resolveDateStyle } from "./date-style.js";

describe("the date style follows the browser's language unless chosen", () => {
  const auto = { time: "auto", dates: "auto" } as const;

  it("reads British English as day first on a 24-hour clock", () => {
    expect(resolveDateStyle(auto, "en-GB")).toEqual({ locale: "en-GB", hourCycle: "h23" });
  });

  it("reads American English as month first on a 12-hour clock", () => {
    expect(resolveDateStyle(auto, "en-US")).toEqual({ locale: "en-US", hourCycle: "h12" });
  });

  it("writes English in the order another language puts day and month", () => {
    expect(resolveDateStyle(auto, "de-DE")).toEqual({ locale: "en-GB", hourCycle: "h23" });
    expect(resolveDateStyle(auto, "fr-FR")).toEqual({ locale: "en-GB", hourCycle: "h23" });
  });

  it("lets a choice win over the language", () => {
    expect(resolveDateStyle({ time: "24h", dates: "day-month" }, "en-US")).toEqual({
      locale: "en-GB",
      hourCycle: "h23",
    });
    expect(resolveDateStyle({ time: "12h", dates: "month-day" }, "en-GB")).toEqual({
      locale: "en-US",
      hourCycle: "h12",
    });
  });

  it("falls back to day first and 24 hours for a language it cannot read", () => {
    expect(resolveDateStyle(auto, "not a language!")).toEqual({ locale: "en-GB", hourCycle: "h23" });
  });
});

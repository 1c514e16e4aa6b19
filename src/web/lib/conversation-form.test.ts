import { describe, expect, it } from "vitest";
import {
  emptyConversationForm,
  placeUrl,
  toCreateInput,
  validateConversationForm,
  validateSchedule,
} from "./conversation-form.js";
import { fromLocalInputs } from "./datetime.js";

describe("the new-conversation form", () => {
  it("needs a contact, and a day and time only when scheduled", () => {
    expect(validateConversationForm(emptyConversationForm())).toEqual({
      contactId: "Choose whom the conversation is with.",
    });
    const scheduled = { ...emptyConversationForm("p1"), stage: "scheduled" as const };
    expect(Object.keys(validateConversationForm(scheduled)).sort()).toEqual(["date", "time"]);
    expect(validateConversationForm({ ...scheduled, date: "2026-11-24", time: "10:00" })).toEqual({});
  });

  it("keeps the length between 5 minutes and 8 hours", () => {
    const values = { ...emptyConversationForm("p1") };
    expect(validateSchedule({ ...values, durationMinutes: 4 }, false).durationMinutes).toBeDefined();
    expect(validateSchedule({ ...values, durationMinutes: 481 }, false).durationMinutes).toBeDefined();
    expect(validateSchedule({ ...values, durationMinutes: 20.5 }, false).durationMinutes).toBeDefined();
    expect(validateSchedule({ ...values, durationMinutes: "" }, false)).toEqual({});
    expect(validateSchedule({ ...values, durationMinutes: 45 }, false)).toEqual({});
  });

  it("sends only what was filled in, and a time only for a scheduled conversation", () => {
    const base = { ...emptyConversationForm("p1"), date: "2026-11-24", time: "10:00", place: "  " };
    expect(toCreateInput(base)).toEqual({
      contactId: "p1",
      kind: "person",
      stage: "idea",
      durationMinutes: 30,
    });
    expect(
      toCreateInput({ ...base, stage: "scheduled", format: "video", place: " https://meet.example/x " }),
    ).toEqual({
      contactId: "p1",
      kind: "person",
      stage: "scheduled",
      scheduledAt: fromLocalInputs("2026-11-24", "10:00"),
      durationMinutes: 30,
      format: "video",
      place: "https://meet.example/x",
    });
  });
});

describe("the goals a planned conversation serves", () => {
  it("starts with the goal it was planned from, and sends the goals chosen", () => {
    expect(emptyConversationForm("p1", ["g1"]).goalIds).toEqual(["g1"]);
    expect(toCreateInput({ ...emptyConversationForm("p1"), goalIds: ["g1", "g2"] })).toMatchObject({
      goalIds: ["g1", "g2"],
    });
    expect(toCreateInput(emptyConversationForm("p1"))).not.toHaveProperty("goalIds");
  });
});

describe("placeUrl", () => {
  it("links places that are links, and only those", () => {
    expect(placeUrl("https://meet.example.org/abc")).toBe("https://meet.example.org/abc");
    expect(placeUrl("zoom.us/j/123")).toBe("https://zoom.us/j/123");
    expect(placeUrl("Café Einstein, Berlin")).toBeNull();
    expect(placeUrl(null)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { fromLocalInputs, toLocalInputs } from "./datetime.js";
import { newMessageForm, toMessageInput, validateMessageForm } from "./message-form.js";

describe("logging a message", () => {
  it("defaults to now, takes a past moment, and refuses the future", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const form = newMessageForm("request", now);
    expect(fromLocalInputs(form.date, form.time)).toBe(now.toISOString());
    expect(validateMessageForm(form, now)).toEqual({});
    const past = { ...form, ...toLocalInputs("2026-11-10T09:00:00Z") };
    expect(validateMessageForm(past, now)).toEqual({});
    const future = { ...form, ...toLocalInputs("2026-11-23T09:00:00Z") };
    expect(validateMessageForm(future, now).date).toBe("A sent message cannot be in the future.");
  });

  it("sends a sent, outbound message with the time given and only the text filled in", () => {
    const form = { ...newMessageForm("follow-up"), ...toLocalInputs("2026-11-10T09:00:00Z"), subject: "  " };
    expect(toMessageInput(form, { contactId: "p", conversationId: "c" })).toEqual({
      contactId: "p",
      conversationId: "c",
      channel: "email",
      purpose: "follow-up",
      direction: "outbound",
      status: "sent",
      sentAt: "2026-11-10T09:00:00.000Z",
    });
  });
});

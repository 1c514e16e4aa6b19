// One conversation to prepare, shared by the prep sheet's tests.
import type { PrepSheetInput } from "./prep-sheet.js";
import { builtinQuestions, selectQuestions } from "./question-selection.js";

export function sampleInput(overrides: Partial<PrepSheetInput["conversation"]> = {}): PrepSheetInput {
  return {
    now: new Date("2026-11-23T09:00:00Z"),
    me: { name: "Sam Rivera", timeZone: "Europe/London", intro: "I am a chemist moving into data work." },
    contact: {
      fullName: "Grace Hopper",
      firstName: "Grace",
      title: "Engineering Manager",
      organization: "Acme",
      location: "New York",
      timeZone: "America/New_York",
      linkedinUrl: "https://www.linkedin.com/in/gracehopper",
      emails: ["grace@acme.example", "grace@acme.example"],
      howConnected: "Introduced by Ada Lovelace",
      needs: "Hiring two data engineers",
      notes: "",
    },
    conversation: {
      id: "c1",
      kind: "company",
      format: "video",
      scheduledAt: "2026-11-24T15:00:00Z",
      durationMinutes: 30,
      place: "https://meet.example/abc",
      prep: "",
      ...overrides,
    },
    goals: [{ title: "Explore data engineering", description: "Is it a good fit after a PhD in chemistry?" }],
    interactions: [
      {
        occurredAt: "2026-11-10T10:00:00Z",
        summary: "She said yes to a call",
        kind: "email",
        direction: "in",
      },
      { occurredAt: "2026-11-05T10:00:00Z", summary: "", kind: "email", direction: "out" },
    ],
    questions: selectQuestions({ questions: builtinQuestions(), kind: "company", minutes: 30 }),
  };
}

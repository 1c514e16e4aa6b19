// A hand-built record whose "what works" figures are known, written through the services.
//
// Ten requests, sent at moments whose weekday differs between UTC and the reader's clock:
// - 4 to Tokyo (LinkedIn, e-mail, with the template "Short and specific"), each on a Tuesday at
//   08:30 Tokyo time (Monday in UTC); 3 replied, after 1, 2 and 3 days;
// - 4 to New York (alumni, LinkedIn messages), each on a Friday at 22:00 New York time (Saturday in
//   UTC; the first before the clocks went back on 1 November); 1 replied after 5 days, declining;
// - 2 to people without a time zone (no source, e-mail), read on my clock (Berlin): Mondays at
//   00:30 (Sunday in UTC); 1 replied after half a day.
// One more person is only an idea (never asked). Of the replied: Aiko met, was thanked and is
// kept in touch with; Ben met and was thanked; Chie met; Berit's conversation is scheduled.
// Aiko introduced Ben and Chie, and gave me two things I have not returned.
import { createContact } from "../../src/services/contacts.service.js";
import type { ServiceContext } from "../../src/services/context.js";
import { createConversation, moveConversation } from "../../src/services/conversations.service.js";
import { addExchange } from "../../src/services/exchanges.service.js";
import { createGoal, updateGoal } from "../../src/services/goals.service.js";
import { createMessage } from "../../src/services/messages.service.js";
import { createTemplate } from "../../src/services/templates.service.js";

/** The moment the record is read at: Wednesday 25 November 2026, 11:00 in Berlin. */
export const KNOWN_NOW = "2026-11-25T10:00:00.000Z";

const DAY = 86_400_000;
const later = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

interface Person {
  firstName: string;
  lastName: string;
  timeZone?: string;
  source?: string;
  sentAt: string;
  repliedAfterDays?: number;
  channel: "email" | "linkedin";
  template?: boolean;
  introducedBy?: string;
}

const PEOPLE: Person[] = [
  {
    firstName: "Aiko",
    lastName: "Tanaka",
    timeZone: "Asia/Tokyo",
    source: "linkedin",
    sentAt: "2026-10-26T23:30:00.000Z",
    repliedAfterDays: 1,
    channel: "email",
    template: true,
  },
  {
    firstName: "Ben",
    lastName: "Sato",
    timeZone: "Asia/Tokyo",
    source: "linkedin",
    sentAt: "2026-11-02T23:30:00.000Z",
    repliedAfterDays: 2,
    channel: "email",
    template: true,
    introducedBy: "Aiko",
  },
  {
    firstName: "Chie",
    lastName: "Mori",
    timeZone: "Asia/Tokyo",
    source: "linkedin",
    sentAt: "2026-11-09T23:30:00.000Z",
    repliedAfterDays: 3,
    channel: "email",
    template: true,
    introducedBy: "Aiko",
  },
  {
    firstName: "Daiki",
    lastName: "Ito",
    timeZone: "Asia/Tokyo",
    source: "linkedin",
    sentAt: "2026-11-16T23:30:00.000Z",
    channel: "email",
    template: true,
  },
  {
    firstName: "Nora",
    lastName: "Quinn",
    timeZone: "America/New_York",
    source: "alumni",
    sentAt: "2026-10-31T02:00:00.000Z",
    repliedAfterDays: 5,
    channel: "linkedin",
  },
  {
    firstName: "Noah",
    lastName: "Price",
    timeZone: "America/New_York",
    source: "alumni",
    sentAt: "2026-11-07T03:00:00.000Z",
    channel: "linkedin",
  },
  {
    firstName: "Nell",
    lastName: "Park",
    timeZone: "America/New_York",
    source: "alumni",
    sentAt: "2026-11-14T03:00:00.000Z",
    channel: "linkedin",
  },
  {
    firstName: "Ned",
    lastName: "Ford",
    timeZone: "America/New_York",
    source: "alumni",
    sentAt: "2026-11-21T03:00:00.000Z",
    channel: "linkedin",
  },
  {
    firstName: "Berit",
    lastName: "Lang",
    sentAt: "2026-11-15T23:30:00.000Z",
    repliedAfterDays: 0.5,
    channel: "email",
  },
  { firstName: "Bodo", lastName: "Kern", sentAt: "2026-11-22T23:30:00.000Z", channel: "email" },
];

/** The figures the record must give. */
export const KNOWN = {
  byWeekday: { Monday: [2, 1], Tuesday: [4, 3], Friday: [4, 1] } as Record<string, [number, number]>,
  byHour: { "00:00": [2, 1], "08:00": [4, 3], "22:00": [4, 1] } as Record<string, [number, number]>,
  funnel: { asked: 10, replied: 5, met: 3, thanked: 2, "in-touch": 1 },
  medianDaysToReply: 2,
};

export async function seedKnownRecord(ctx: ServiceContext): Promise<Record<string, string>> {
  const template = await createTemplate(ctx, {
    name: "Short and specific",
    kind: "request",
    channel: "email",
    subject: "20 minutes on your path?",
    body: "Hello {{firstName}}, may I ask you about your work for 20 minutes?",
  });
  const ids: Record<string, string> = {};
  const conversations: Record<string, string> = {};
  for (const p of PEOPLE) {
    const contact = await createContact(ctx, {
      firstName: p.firstName,
      lastName: p.lastName,
      ...(p.timeZone ? { timeZone: p.timeZone } : {}),
      ...(p.source ? { source: p.source } : {}),
      ...(p.introducedBy ? { introducedById: ids[p.introducedBy] } : {}),
    });
    ids[p.firstName] = contact.id;
    const conversation = await createConversation(ctx, { contactId: contact.id, stage: "to-ask" });
    conversations[p.firstName] = conversation.id;
    await createMessage(ctx, {
      contactId: contact.id,
      conversationId: conversation.id,
      purpose: "request",
      channel: p.channel,
      subject: "A short conversation?",
      sentAt: p.sentAt,
      ...(p.repliedAfterDays !== undefined ? { repliedAt: later(p.sentAt, p.repliedAfterDays) } : {}),
      ...(p.template ? { templateId: template.id } : {}),
    });
  }
  const idea = await createContact(ctx, { firstName: "Ida", lastName: "Idea" });
  await createConversation(ctx, { contactId: idea.id, stage: "idea" });
  const move = async (name: string, stages: string[]) => {
    for (const stage of stages) {
      await moveConversation(ctx, conversations[name] ?? "", { stage } as Parameters<
        typeof moveConversation
      >[2]);
    }
  };
  await move("Aiko", ["scheduled", "done", "thanked", "keeping-in-touch"]);
  await move("Ben", ["scheduled", "done", "thanked"]);
  await move("Chie", ["scheduled", "done"]);
  await move("Nora", ["declined"]);
  await move("Berit", ["scheduled"]);
  await move("Noah", ["no-response"]);
  for (const description of ["An introduction to Ben", "Advice on my CV"]) {
    await addExchange(ctx, ids.Aiko ?? "", { direction: "received", description });
  }
  const pursue = await createGoal(ctx, { title: "Explore data science", kind: "role" });
  await updateGoal(ctx, pursue.id, { decision: "pursue", decisionReason: "The work suits me." });
  const drop = await createGoal(ctx, { title: "Explore consulting", kind: "industry" });
  await updateGoal(ctx, drop.id, { decision: "eliminate", decisionReason: "Too much travel." });
  await createGoal(ctx, { title: "Explore patent law", kind: "role" });
  return { ...ids, template: template.id };
}

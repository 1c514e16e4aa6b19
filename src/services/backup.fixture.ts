// A filled account, for the backup tests.

import { snoozeItem } from "./agenda.service.js";
import { createContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { getConversationQuestions, saveConversationQuestions } from "./conversation-questions.service.js";
import { createConversation, moveConversation } from "./conversations.service.js";
import { createMessage } from "./messages.service.js";
import { updateSettings } from "./settings.service.js";
import { createTask } from "./tasks.service.js";

/** An account with a bit of everything a backup holds: people, an introduction, a conversation
 * with its questions and notes, a message, a task, a snooze and settings. */
export async function fillWithData(ctx: ServiceContext) {
  const ann = await createContact(ctx, {
    firstName: "Ann",
    lastName: "Ōkubo",
    organization: "Acme",
    tags: ["ai", "robots"],
    notes: "Met at the fair\nnice",
  });
  const ben = await createContact(ctx, {
    firstName: "Ben",
    introducedById: ann.id,
    mayMentionIntroducer: true,
    source: "referral",
    timeZone: "Asia/Tokyo",
  });
  const talk = await createConversation(ctx, {
    contactId: ben.id,
    stage: "scheduled",
    scheduledAt: "2026-11-20T10:00:00Z",
    format: "video",
    place: "https://meet.example/x",
    prep: "Ask about robots",
  });
  await moveConversation(ctx, talk.id, { stage: "done" });
  await createMessage(ctx, {
    contactId: ann.id,
    purpose: "request",
    sentAt: "2026-11-01T09:00:00Z",
    subject: "Coffee?",
    body: "Hi Ann…",
  });
  await createTask(ctx, {
    title: "Send Ben the paper",
    conversationId: talk.id,
    dueAt: "2026-11-23T17:00:00Z",
  });
  // The questions ticked and the notes taken in conversation mode.
  const proposed = await getConversationQuestions(ctx, talk.id);
  const [first, second] = proposed.items;
  if (!first || !second) throw new Error("no proposed questions");
  await saveConversationQuestions(ctx, talk.id, {
    items: [
      {
        questionId: first.questionId,
        area: first.area,
        text: first.text,
        askedAt: "2026-11-20T10:05:00Z",
        note: "Started as a lab tech; moved to robotics in 2019.",
      },
      { questionId: second.questionId, area: second.area, text: second.text },
    ],
  });
  await snoozeItem(ctx, { key: `thank-you:${talk.id}` });
  await updateSettings(ctx, { holidays: ["2026-12-25"], habitPerWeek: 2, intro: "I build robots." });
  return { talk };
}

// The prep sheet of a conversation: gathers who, why, my introduction, the questions and the
// logistics, and lets the core lay them out (as data, or as Markdown).

import type { QuestionMode } from "../core/conversation-questions.schema.js";
import { textDateStyle } from "../core/date-style.js";
import { howConnected } from "../core/follow-through.js";
import { buildPrepSheet, type PrepSheet } from "../core/prep-sheet.js";
import { prepSheetToMarkdown } from "../core/prep-sheet-markdown.js";
import type { Question } from "../core/question-selection.js";
import { getContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { proposedQuestions } from "./conversation-questions.service.js";
import { getConversation } from "./conversations.service.js";
import { getSettings } from "./settings.service.js";

const EARLIER_TOUCHES = 5;

/** The conversation's saved questions, else the bank's proposal for it. */
async function questionsFor(
  ctx: ServiceContext,
  conversation: Awaited<ReturnType<typeof getConversation>>,
  mode: QuestionMode,
): Promise<Question[]> {
  const saved = await ctx.repos.conversationQuestions.list(conversation.id);
  if (saved.length === 0) return proposedQuestions(ctx, conversation, mode);
  return saved.map((q) => ({
    id: q.id,
    area: q.area,
    text: q.text,
    kinds: [],
    tiara: null,
    position: q.position,
    hidden: false,
    builtinKey: null,
  }));
}

export async function getPrepSheet(
  ctx: ServiceContext,
  conversationId: string,
  options: { mode?: QuestionMode } = {},
): Promise<PrepSheet> {
  const conversation = await getConversation(ctx, conversationId);
  const [contact, settings, goals, interactions, questions] = await Promise.all([
    getContact(ctx, conversation.contactId),
    getSettings(ctx),
    ctx.repos.goals.ofConversation(conversation.id),
    ctx.repos.interactions.list({ contactId: conversation.contactId, limit: EARLIER_TOUCHES }),
    questionsFor(ctx, conversation, options.mode ?? "areas"),
  ]);
  const introducer = contact.introducedById
    ? await ctx.repos.contacts.find(contact.introducedById)
    : undefined;
  return buildPrepSheet({
    now: ctx.clock.now(),
    me: { name: settings.name, timeZone: settings.timeZone, intro: settings.intro },
    style: textDateStyle(settings.dateStyle),
    contact: {
      fullName: contact.fullName,
      firstName: contact.firstName,
      title: contact.title,
      organization: contact.organization,
      location: contact.location,
      timeZone: contact.timeZone,
      linkedinUrl: contact.linkedinUrl,
      emails: contact.emails,
      howConnected: howConnected({
        introducerName: introducer?.fullName ?? null,
        mayMentionIntroducer: contact.mayMentionIntroducer,
        source: contact.source,
        sourceDetail: contact.sourceDetail,
      }),
      needs: contact.needs,
      notes: contact.notes,
    },
    conversation: {
      id: conversation.id,
      kind: conversation.kind,
      format: conversation.format,
      scheduledAt: conversation.scheduledAt,
      durationMinutes: conversation.durationMinutes,
      place: conversation.place,
      prep: conversation.prep,
    },
    goals: goals.map((g) => ({ title: g.title, description: g.description })),
    interactions: interactions.map((i) => ({
      occurredAt: i.occurredAt,
      summary: i.summary,
      kind: i.kind,
      direction: i.direction,
    })),
    questions,
  });
}

/** The prep sheet as Markdown, with the questions as a numbered list, one per line. */
export async function getPrepSheetMarkdown(
  ctx: ServiceContext,
  conversationId: string,
  options: { mode?: QuestionMode } = {},
): Promise<string> {
  return prepSheetToMarkdown(await getPrepSheet(ctx, conversationId, options));
}

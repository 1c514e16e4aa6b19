// "Who else should I talk to?": a person named in a conversation becomes a contact introduced by
// the one I talked with, and a conversation to ask for.
import type { Contact } from "../core/contact.js";
import { normalizeProfileUrl } from "../core/contact-fields.js";
import type { Conversation } from "../core/conversation.js";
import { ConflictError, ValidationError } from "../core/errors.js";
import { ReferralInput } from "../core/referral.schema.js";
import { createContact, getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";
import { createConversation, getConversation, moveConversation } from "./conversations.service.js";
import { parseInput } from "./errors.js";

export interface Referral {
  contact: Contact;
  conversation: Conversation;
}

/** Someone suggested in a conversation, with the conversation to have with them (if any is left). */
export interface ReferredContact {
  contact: Contact;
  conversation: Conversation | null;
}

/** Links someone I already know to the introducer, keeping any introducer they already have. */
async function linkExisting(ctx: ServiceContext, id: string, from: Conversation, input: ReferralInput) {
  const contact = await ctx.repos.contacts.find(id);
  if (!contact) throw new ValidationError(`contactId: no contact with id ${id}.`, "contactId");
  if (contact.id === from.contactId)
    throw new ValidationError("contactId: someone cannot be referred to themselves.", "contactId");
  if (contact.introducedById && contact.introducedById !== from.contactId) {
    const earlier = await getContact(ctx, contact.introducedById);
    throw new ConflictError(
      `${contact.fullName} was already introduced by ${earlier.fullName}; that introduction is kept. Change it on their contact page if it is wrong.`,
      "contactId",
    );
  }
  await ctx.repos.contacts.update(
    contact.id,
    {
      introducedById: from.contactId,
      ...(contact.source === null ? { source: "referral" as const } : {}),
      ...(input.mayMentionIntroducer === undefined
        ? {}
        : { mayMentionIntroducer: input.mayMentionIntroducer }),
    },
    nowIso(ctx),
  );
  return getContact(ctx, contact.id);
}

/** Stages in which a conversation with them is already planned or under way. */
const OPEN_STAGES = ["idea", "to-ask", "asked", "scheduled"] as const;

/**
 * The conversation to have with them: one already open (an idea becomes "to ask"), else a new
 * "to ask" one like the conversation they came from, serving the same goals.
 */
async function toAskWith(ctx: ServiceContext, contactId: string, from: Conversation, note: string) {
  const open = await ctx.repos.conversations.list({ stages: [...OPEN_STAGES], contactId, limit: 1 });
  const existing = open.items[0];
  if (existing?.stage === "idea")
    return moveConversation(ctx, existing.id, { stage: "to-ask", note: `Suggested by ${from.contactName}` });
  if (existing) return existing;
  return createConversation(ctx, {
    contactId,
    kind: from.kind,
    stage: "to-ask",
    goalIds: from.goalIds,
    notes: note,
  });
}

/** The id of a contact with this e-mail address or LinkedIn profile, if there is one. */
async function alreadyKnown(
  ctx: ServiceContext,
  email: string | undefined,
  linkedinUrl: string | undefined,
): Promise<string | undefined> {
  const profile = linkedinUrl ? normalizeProfileUrl(linkedinUrl) : null;
  const byProfile = profile ? await ctx.repos.contacts.idByProfile(profile) : undefined;
  if (byProfile) return byProfile;
  return email ? ctx.repos.contacts.idByEmail(email) : undefined;
}

/**
 * Adds the person suggested in a conversation (or links someone already known) and the
 * conversation to ask them for: both, or nothing.
 */
export async function addReferral(
  ctx: ServiceContext,
  conversationId: string,
  raw: ReferralInput,
): Promise<Referral> {
  const input = parseInput(ReferralInput, raw);
  return withTransaction(ctx, (tx) => addReferralIn(tx, conversationId, input));
}

async function addReferralIn(ctx: ServiceContext, conversationId: string, input: ReferralInput) {
  const from = await getConversation(ctx, conversationId);
  const referral = await referralIn(ctx, from, input);
  // Remembered with them: conversation mode lists who was suggested here when it is opened again.
  await ctx.repos.contacts.markReferredIn(referral.contact.id, from.id);
  return referral;
}

async function referralIn(ctx: ServiceContext, from: Conversation, input: ReferralInput): Promise<Referral> {
  const note = input.note?.trim() ?? "";
  if (input.contactId !== undefined) {
    if (input.firstName !== undefined)
      throw new ValidationError(
        "firstName: give either contactId or a new person's name, not both.",
        "firstName",
      );
    const contact = await linkExisting(ctx, input.contactId, from, input);
    return { contact, conversation: await toAskWith(ctx, contact.id, from, note) };
  }
  if (input.firstName === undefined)
    throw new ValidationError(
      "firstName is required (or contactId, for someone already in your contacts).",
      "firstName",
    );
  // Someone already here (the same e-mail or LinkedIn profile) is linked, not added twice.
  const known = await alreadyKnown(ctx, input.email, input.linkedinUrl ?? undefined);
  if (known) {
    const contact = await linkExisting(ctx, known, from, input);
    return { contact, conversation: await toAskWith(ctx, contact.id, from, note) };
  }
  const contact = await createContact(ctx, {
    firstName: input.firstName,
    lastName: input.lastName,
    emails: input.email ? [input.email] : [],
    linkedinUrl: input.linkedinUrl,
    organization: input.organization,
    title: input.title,
    source: "referral",
    introducedById: from.contactId,
    mayMentionIntroducer: input.mayMentionIntroducer ?? null,
  });
  return { contact, conversation: await toAskWith(ctx, contact.id, from, note) };
}

/** The conversation with them that is planned or under way, else the latest one, else none. */
async function conversationWith(ctx: ServiceContext, contactId: string): Promise<Conversation | null> {
  const open = await ctx.repos.conversations.list({ stages: [...OPEN_STAGES], contactId, limit: 1 });
  if (open.items[0]) return open.items[0];
  const any = await ctx.repos.conversations.list({ contactId, limit: 1 });
  return any.items[0] ?? null;
}

/**
 * The people suggested in a conversation ("Who else should I talk to?") and added there: introduced
 * by the person it is with; by name, each with the conversation to have with them.
 */
export async function listReferrals(ctx: ServiceContext, conversationId: string): Promise<ReferredContact[]> {
  const from = await getConversation(ctx, conversationId);
  const contacts = await ctx.repos.contacts.referredIn(from.id, from.contactId);
  return Promise.all(
    contacts.map(async (contact) => ({ contact, conversation: await conversationWith(ctx, contact.id) })),
  );
}

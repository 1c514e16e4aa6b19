// The mutual-exchange ledger of a person: what I received, what I gave, and what they need.
import { NotFoundError, ValidationError } from "../core/errors.js";
import { type Exchange, ExchangeInput, type ExchangeLedger } from "../core/exchange.schema.js";
import { receivedFrom } from "../core/give-back.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

/** A few minutes of difference between the user's clock and ours is not "the future". */
const CLOCK_SLACK_MS = 5 * 60_000;

export async function getLedger(ctx: ServiceContext, contactId: string): Promise<ExchangeLedger> {
  const contact = await getContact(ctx, contactId);
  const [rows, introduced] = await Promise.all([
    ctx.repos.exchanges.listForContact(contactId),
    ctx.repos.exchanges.introducedBy(contactId),
  ]);
  const received = rows.filter((r) => r.direction === "received");
  return {
    received,
    introduced,
    receivedCount: receivedFrom({ noted: received.length, introduced: introduced.length }),
    given: rows.filter((r) => r.direction === "given"),
    needs: contact.needs,
  };
}

export async function addExchange(
  ctx: ServiceContext,
  contactId: string,
  raw: ExchangeInput,
): Promise<Exchange> {
  const input = parseInput(ExchangeInput, raw);
  await getContact(ctx, contactId);
  const conversationId = input.conversationId || null; // "" from a form means none
  if (conversationId) {
    const conversation = await ctx.repos.conversations.find(conversationId);
    if (!conversation)
      throw new ValidationError(
        `conversationId: no conversation with id ${conversationId}.`,
        "conversationId",
      );
    if (conversation.contactId !== contactId)
      throw new ValidationError("conversationId: that conversation is with someone else.", "conversationId");
  }
  const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : nowIso(ctx);
  if (new Date(occurredAt).getTime() > ctx.clock.now().getTime() + CLOCK_SLACK_MS)
    throw new ValidationError("occurredAt: record what already happened, not what is planned.", "occurredAt");
  const id = await ctx.repos.exchanges.create(
    { contactId, conversationId, direction: input.direction, description: input.description, occurredAt },
    nowIso(ctx),
  );
  const exchange = await ctx.repos.exchanges.find(id);
  if (!exchange) throw new NotFoundError("exchange", id);
  return exchange;
}

export async function deleteExchange(ctx: ServiceContext, id: string): Promise<void> {
  if (!(await ctx.repos.exchanges.delete(id))) throw new NotFoundError("exchange", id);
}

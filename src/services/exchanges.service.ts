// The mutual-exchange ledger of a person: what I received, what I gave, and what they need.
import { z } from "@hono/zod-openapi";
import { NotFoundError, ValidationError } from "../core/errors.js";
import { EXCHANGE_DIRECTIONS, type Exchange } from "../core/give-back.js";
import { findConversation } from "../db/conversations.repository.js";
import {
  deleteExchangeRow,
  findExchange,
  insertExchange,
  listExchangeRows,
} from "../db/exchanges.repository.js";
import { boundedIsoTime } from "./bounded-time.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

export type { Exchange } from "../core/give-back.js";

/** A few minutes of difference between the user's clock and ours is not "the future". */
const CLOCK_SLACK_MS = 5 * 60_000;

export const ExchangeInput = z
  .object({
    direction: z.enum(EXCHANGE_DIRECTIONS, {
      error: (i) =>
        i.input === undefined
          ? "direction is required: received or given."
          : "direction is received (I learned or got something) or given (I gave or offered something).",
    }),
    description: z
      .string({
        error: (i) => (i.input === undefined ? "description is required." : "description must be text."),
      })
      .trim()
      .min(1, "description is required: what was it?")
      .max(2000, "description is longer than 2000 characters."),
    conversationId: z.string().max(100).nullable().optional(),
    occurredAt: boundedIsoTime({ offset: true, error: "occurredAt must be an ISO-8601 time." })
      .optional()
      .openapi({ description: "Default: now" }),
  })
  .openapi("ExchangeCreate");
export type ExchangeInput = z.infer<typeof ExchangeInput>;

export interface ExchangeLedger {
  received: Exchange[];
  given: Exchange[];
  /** Their needs, as noted on the contact: how I can help. */
  needs: string;
}

export async function getLedger(ctx: ServiceContext, contactId: string): Promise<ExchangeLedger> {
  const contact = await getContact(ctx, contactId);
  const rows = await listExchangeRows(ctx.db.kysely, ctx.user.id, contactId);
  return {
    received: rows.filter((r) => r.direction === "received"),
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
  const conversationId = input.conversationId ?? null;
  if (conversationId) {
    const conversation = await findConversation(ctx.db.kysely, ctx.user.id, conversationId);
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
  const id = await insertExchange(
    ctx.db.kysely,
    ctx.user.id,
    { contactId, conversationId, direction: input.direction, description: input.description, occurredAt },
    nowIso(ctx),
  );
  const exchange = await findExchange(ctx.db.kysely, ctx.user.id, id);
  if (!exchange) throw new NotFoundError("exchange", id);
  return exchange;
}

export async function deleteExchange(ctx: ServiceContext, id: string): Promise<void> {
  if ((await deleteExchangeRow(ctx.db.kysely, ctx.user.id, id)) === 0)
    throw new NotFoundError("exchange", id);
}

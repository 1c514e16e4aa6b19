// An entry of the exchange ledger, declared once: its type, the API's answer, and what may be sent.
import { z } from "zod";
import { boundedIsoTime } from "./bounded-time.js";
import { EXCHANGE_DIRECTIONS } from "./give-back.js";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

/** One entry of the ledger: something I received from someone, or gave them. */
export const ExchangeSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    conversationId: z.uuid().nullable(),
    direction: z.enum(EXCHANGE_DIRECTIONS),
    description: z.string(),
    occurredAt: timestamp,
    createdAt: timestamp,
  })
  .meta({ id: "Exchange" });
export type Exchange = z.infer<typeof ExchangeSchema>;

/** Someone a contact introduced me to (a contact whose introducedById is them). */
export const IntroducedSchema = z
  .object({
    contactId: z.uuid(),
    fullName: z.string(),
    title: z.string().nullable(),
    introducedAt: timestamp.meta({ description: "When I added them (the referral's date)" }),
  })
  .meta({ id: "Introduced" });
export type Introduced = z.infer<typeof IntroducedSchema>;

export const ExchangeLedgerSchema = z
  .object({
    received: z.array(ExchangeSchema).meta({ description: "What I learned or got, newest first" }),
    introduced: z.array(IntroducedSchema).meta({
      description:
        "People they introduced me to, newest first: each referral counts as something received from them",
    }),
    receivedCount: z.number().int().meta({
      description:
        "Everything received from them: the entries noted as received plus the people they introduced",
    }),
    given: z.array(ExchangeSchema).meta({ description: "What I gave or offered, newest first" }),
    needs: z.string().meta({ description: "Their needs: how I can help" }),
  })
  .meta({ id: "ExchangeLedger" });
export type ExchangeLedger = z.infer<typeof ExchangeLedgerSchema>;

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
      .meta({ description: "Default: now" }),
  })
  .meta({ id: "ExchangeCreate" });
export type ExchangeInput = z.infer<typeof ExchangeInput>;

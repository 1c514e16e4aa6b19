// The counts behind a student's progress, read from their own (owner-scoped) rows: requests sent
// and answered, conversations held and thanked, goals decided, and when they last did anything.
import { HELD } from "../core/stages.js";
import { Repository } from "./repository.js";

export interface ProgressCounts {
  requestsSent: number;
  replies: number;
  conversationsHeld: number;
  goalsDecided: number;
  lastActivityAt: string | null;
  /** Thanked conversations: when they were planned, how long, marked done, and thanked. */
  thanked: {
    scheduledAt: string | null;
    durationMinutes: number | null;
    doneAt: string | null;
    thankedAt: string;
  }[];
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export class ProgressRepository extends Repository {
  async counts(): Promise<ProgressCounts> {
    const [requests, held, goals, thanked, lastMessage, lastMove] = await Promise.all([
      this.db
        .selectFrom("messages")
        .select((eb) => [
          eb.fn.countAll<number>().as("sent"),
          eb.fn.count<number>("replied_at").as("replied"),
        ])
        .where("purpose", "=", "request")
        .where("direction", "=", "outbound")
        .where("sent_at", "is not", null)
        .executeTakeFirst(),
      this.db
        .selectFrom("conversations")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("stage", "in", HELD)
        .executeTakeFirst(),
      this.db
        .selectFrom("goals")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("decision", "in", ["pursue", "eliminate"])
        .executeTakeFirst(),
      this.db
        .selectFrom("conversations as c")
        .select(["c.scheduled_at", "c.duration_minutes", "c.thank_you_sent_at"])
        .select((eb) =>
          eb
            .selectFrom("stage_events as e")
            .select((e) => e.fn.min("e.at").as("at"))
            .whereRef("e.conversation_id", "=", "c.id")
            .where("e.to_stage", "=", "done")
            .as("done_at"),
        )
        .where("c.thank_you_sent_at", "is not", null)
        .execute(),
      this.db
        .selectFrom("messages")
        .select((eb) => eb.fn.max("sent_at").as("at"))
        .where("direction", "=", "outbound")
        .executeTakeFirst(),
      this.db
        .selectFrom("stage_events")
        .select((eb) => eb.fn.max("at").as("at"))
        .executeTakeFirst(),
    ]);
    return {
      requestsSent: Number(requests?.sent ?? 0),
      replies: Number(requests?.replied ?? 0),
      conversationsHeld: Number(held?.n ?? 0),
      goalsDecided: Number(goals?.n ?? 0),
      lastActivityAt: later(iso(lastMessage?.at), iso(lastMove?.at)),
      thanked: thanked.map((row) => ({
        scheduledAt: row.scheduled_at,
        durationMinutes: row.duration_minutes,
        doneAt: iso(row.done_at),
        thankedAt: row.thank_you_sent_at as string,
      })),
    };
  }
}

/** A time from an aggregate (PostgreSQL may hand back a Date there). */
function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}

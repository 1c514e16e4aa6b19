// The outbox's rows: claiming a due message so that exactly one worker sends it, and recording
// how the attempt ended. A claim is a lease: a worker that dies holding one loses it after a while.
import type { Kysely, Selectable } from "kysely";
import type { Database, Dialect, MessagesTable } from "./schema.js";

export type OutboxRow = Selectable<MessagesTable>;

/**
 * Claims the next due message (scheduled and due, or claimed by a worker whose lease ran out):
 * one statement, so two workers never get the same row. PostgreSQL skips rows another worker is
 * claiming right now; SQLite has one writer at a time.
 */
export async function claimDue(
  db: Kysely<Database>,
  dialect: Dialect,
  workerId: string,
  now: string,
  staleBefore: string,
): Promise<OutboxRow | undefined> {
  let next = db
    .selectFrom("messages")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "scheduled"), eb("next_attempt_at", "<=", now)]),
        eb.and([eb("status", "=", "sending"), eb("claimed_at", "<", staleBefore)]),
      ]),
    )
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(1);
  if (dialect === "postgres") next = next.forUpdate().skipLocked();
  return db
    .updateTable("messages")
    .set((eb) => ({
      status: "sending",
      claimed_at: now,
      claimed_by: workerId,
      attempts: eb("attempts", "+", 1),
      updated_at: now,
    }))
    .where("id", "=", next)
    .where((eb) =>
      eb.or([
        eb("status", "=", "scheduled"),
        eb.and([eb("status", "=", "sending"), eb("claimed_at", "<", staleBefore)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

/** The claimed row, while this worker still holds it. */
export async function findClaimed(db: Kysely<Database>, id: string, workerId: string) {
  return db
    .selectFrom("messages")
    .selectAll()
    .where("id", "=", id)
    .where("status", "=", "sending")
    .where("claimed_by", "=", workerId)
    .executeTakeFirst();
}

/** Ends this worker's claim with a new status; false when the claim was no longer its own. */
export async function releaseClaim(
  db: Kysely<Database>,
  id: string,
  workerId: string,
  values: Partial<Pick<MessagesTable, "status" | "sent_at" | "next_attempt_at" | "last_error">>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("messages")
    .set({ ...values, claimed_by: null, claimed_at: null, updated_at: now })
    .where("id", "=", id)
    .where("status", "=", "sending")
    .where("claimed_by", "=", workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** When the next scheduled message falls due, to sleep until then. */
export async function nextDueAt(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom("messages")
    .select((eb) => eb.fn.min("next_attempt_at").as("at"))
    .where("status", "=", "scheduled")
    .executeTakeFirst();
  return (row?.at as string | null | undefined) ?? null;
}

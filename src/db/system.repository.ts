// The few reads and writes that are not one user's: finding users, and the outbox's claims across
// every user's messages. Only the runtime and the outbox worker use it; everything a user does
// goes through their owner-scoped repositories.
import type { Kysely, Selectable } from "kysely";
import type { Database, Dialect, MessagesTable, UsersTable } from "./schema.js";

export type OutboxRow = Selectable<MessagesTable>;

export class SystemRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  findUser(id: string): Promise<UsersTable | undefined> {
    return this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** Creates the user unless a user with that id exists; returns the stored row. */
  async ensureUser(user: UsersTable): Promise<UsersTable> {
    await this.db
      .insertInto("users")
      .values(user)
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
    return (await this.findUser(user.id)) ?? user;
  }

  findUserByEmail(email: string): Promise<UsersTable | undefined> {
    return this.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", email.trim().toLowerCase())
      .executeTakeFirst();
  }

  /** Gives a person a role at the centre (`student` removes the staff role). The operator's act. */
  async setCentreRole(userId: string, role: "admin" | "advisor" | "student", now: string): Promise<void> {
    if (role === "student") {
      await this.db.deleteFrom("centre_roles").where("user_id", "=", userId).execute();
      return;
    }
    await this.db
      .insertInto("centre_roles")
      .values({ user_id: userId, role, created_at: now })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ role }))
      .execute();
  }

  /** The owner of a live (not revoked) feed token, by the token's hash (and its purpose, if given). */
  async feedOwner(tokenHash: string, purpose?: string): Promise<string | null> {
    let query = this.db
      .selectFrom("feed_tokens")
      .select("owner_id")
      .where("token_hash", "=", tokenHash)
      .where("revoked_at", "is", null);
    if (purpose !== undefined) query = query.where("purpose", "=", purpose);
    const row = await query.executeTakeFirst();
    return row?.owner_id ?? null;
  }

  /**
   * Claims the next due message (scheduled and due, or claimed by a worker whose lease ran out):
   * one statement, so two workers never get the same row. PostgreSQL skips rows another worker is
   * claiming right now; SQLite has one writer at a time.
   */
  async claimDue(workerId: string, now: string, staleBefore: string): Promise<OutboxRow | undefined> {
    let next = this.db
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
    if (this.dialect === "postgres") next = next.forUpdate().skipLocked();
    return this.db
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

  /** The owner of a message this worker holds a claim on, while it holds it. */
  async claimOwner(messageId: string, workerId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("messages")
      .select("owner_id")
      .where("id", "=", messageId)
      .where("status", "=", "sending")
      .where("claimed_by", "=", workerId)
      .executeTakeFirst();
    return row?.owner_id;
  }

  /** When the next scheduled message falls due, to sleep until then. */
  async nextDueAt(): Promise<string | null> {
    const row = await this.db
      .selectFrom("messages")
      .select((eb) => eb.fn.min("next_attempt_at").as("at"))
      .where("status", "=", "scheduled")
      .executeTakeFirst();
    return (row?.at as string | null | undefined) ?? null;
  }
}

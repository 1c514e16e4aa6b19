// The owner's feed tokens: a secret, revocable address per purpose (the calendar feed). Only the
// token's hash is kept; finding a token's owner across users is the system repository's job.
import { newId } from "./ids.js";
import { Repository } from "./repository.js";

export class FeedTokensRepository extends Repository {
  /** When the live token of this purpose was made, if there is one. */
  async liveSince(purpose: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("feed_tokens")
      .select("created_at")
      .where("purpose", "=", purpose)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return row?.created_at;
  }

  /** Revokes every live token of this purpose. */
  async revoke(purpose: string, now: string): Promise<void> {
    await this.db
      .updateTable("feed_tokens")
      .set({ revoked_at: now })
      .where("purpose", "=", purpose)
      .where("revoked_at", "is", null)
      .execute();
  }

  /** Adds a live token, by its hash. */
  async create(tokenHash: string, purpose: string, now: string): Promise<void> {
    await this.db
      .insertInto("feed_tokens")
      .values({ id: newId(), token_hash: tokenHash, purpose, revoked_at: null, created_at: now })
      .execute();
  }
}

// Everything of one user at once: the deletion of an account. The owner scope limits every
// statement to this user's rows; the order below lets each delete pass the foreign keys.
import type { OwnedTableName } from "./owned-tables.js";
import { Repository } from "./repository.js";

/** Every owned table but `users`, children before the rows they point at. */
const CHILDREN_FIRST = [
  "alumni_requests",
  "alumni_profiles",
  "search_documents",
  "auth_sessions",
  "auth_accounts",
  "snoozes",
  "feed_tokens",
  "exchanges",
  "insights",
  "conversation_questions",
  "questions",
  "tasks",
  "interactions",
  "messages",
  "templates",
  "stage_events",
  "conversation_goals",
  "conversations",
  "goals",
  "contact_tags",
  "tags",
  "contacts",
  "organizations",
] as const satisfies readonly Exclude<OwnedTableName, "users">[];

// A new owned table must be placed in the order above: this fails to compile otherwise.
type Unplaced = Exclude<OwnedTableName, "users" | (typeof CHILDREN_FIRST)[number]>;
const _everyTablePlaced: [Unplaced] extends [never] ? true : Unplaced = true;
void _everyTablePlaced;

export class AccountRepository extends Repository {
  /** Deletes every row the user owns, their own user row last. Run inside one transaction. */
  async deleteEverything(): Promise<void> {
    for (const table of CHILDREN_FIRST) await this.db.deleteFrom(table).execute();
    await this.db.deleteFrom("users").execute();
  }
}

// The conversation in which someone was suggested ("Who else should I talk to?"), kept with the
// contact, so conversation mode lists the referrals added there when it is opened again.
import type { Kysely } from "kysely";

export function referralConversation() {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable("contacts").addColumn("introduced_in_conversation_id", "text").execute();
    },
  };
}

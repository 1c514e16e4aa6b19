// The specific point a thank-you names, picked when wrapping up, kept with the conversation so the
// thank-you written later (from Today, from the conversation) still names it.
import type { Kysely } from "kysely";

export function thankYouPoint() {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable("conversations").addColumn("thank_you_point", "text").execute();
    },
  };
}

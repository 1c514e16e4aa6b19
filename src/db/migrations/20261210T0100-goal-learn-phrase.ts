// What a goal says I want to learn, as the phrase that completes "I am exploring …" in a message:
// kept beside the goal's free description, which is for me and seldom reads inside a sentence.
import type { Kysely } from "kysely";

export function goalLearnPhrase() {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .alterTable("goals")
        .addColumn("learn_phrase", "text", (column) => column.notNull().defaultTo(""))
        .execute();
    },
  };
}

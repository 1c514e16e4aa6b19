// Indexes over columns that are empty for most people (who introduced them, when to touch base
// next) only hold the rows that have a value: smaller, and free to keep up when importing.
import { type Kysely, sql } from "kysely";

export function contactPartialIndexes() {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.dropIndex("contacts_introduced_by").execute();
      await db.schema
        .createIndex("contacts_introduced_by")
        .on("contacts")
        .column("introduced_by_id")
        .where(sql.ref("introduced_by_id"), "is not", null)
        .execute();
      await db.schema.dropIndex("contacts_owner_next_touch").execute();
      await db.schema
        .createIndex("contacts_owner_next_touch")
        .on("contacts")
        .columns(["owner_id", "next_touch_at"])
        .where(sql.ref("next_touch_at"), "is not", null)
        .execute();
    },
  };
}

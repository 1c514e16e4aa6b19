// Today's stay-in-touch list reads the people most overdue a touch, by `touch_due_at` and then id,
// among those not archived. An index of just those people, in just that order, lets the page stop
// after its few rows (the index it replaces held archived people too and left ties on the due date
// to be sorted, so every due person was read); the count of how many more are due walks it too.
import { type Kysely, sql } from "kysely";

export function touchDueLiveIndex() {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createIndex("contacts_owner_touch_due_live")
        .on("contacts")
        .columns(["owner_id", "touch_due_at", "id"])
        .where(sql<boolean>`touch_due_at is not null and archived_at is null`)
        .execute();
      await db.schema.dropIndex("contacts_owner_touch_due").execute();
    },
  };
}

// The contact list's default view: people not archived, by name. Its index held archived people
// too, so walking it read each person's row to see whether they are archived. A search with
// thousands of matches walks the list's order until a page is found (see the contacts repository),
// which then read most of the table the first time after a start; an index of just the people not
// archived, in just that order, is walked without reading a row until the page's own.
import { type Kysely, sql } from "kysely";

export function contactsSortLiveIndex() {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createIndex("contacts_owner_sort_live")
        .on("contacts")
        .columns(["owner_id", "sort_name", "id"])
        .where(sql<boolean>`archived_at is null`)
        .execute();
    },
  };
}

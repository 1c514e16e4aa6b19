// Search everything on PostgreSQL answers in a bounded time: a GIN index first writes new entries
// to a pending list (4 MB by default) that every search reads in full, tens of thousands of
// documents after a large import or restore, about 100 ms a search whatever the words. The
// documents' index now keeps at most 128 kB pending (a write that fills it moves it into the
// index proper), and what is pending now is moved at once. SQLite's FTS5 index has no such list.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../schema.js";

export function searchPendingList(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      if (dialect !== "postgres") return;
      await sql`alter index search_documents_document set (gin_pending_list_limit = 128)`.execute(db);
      await sql`select gin_clean_pending_list('search_documents_document'::regclass)`.execute(db);
    },
  };
}

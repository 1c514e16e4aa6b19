// Contact search on an index. SQLite: an FTS5 table over contacts.search_text (already folded to
// lower case without accents) with the trigram tokenizer, for substring matching, kept in step by
// triggers in the same transaction as every write. PostgreSQL: a pg_trgm GIN index, which serves
// the same `like '%term%'` the list runs. Existing contacts are indexed here.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../schema.js";

export function contactSearchIndex(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === "postgres") {
        await sql`create extension if not exists pg_trgm`.execute(db);
        await sql`create index contacts_search_trgm on contacts using gin (search_text gin_trgm_ops)`.execute(
          db,
        );
        return;
      }
      await sql`create virtual table contacts_fts using fts5(
        search_text, content = 'contacts', content_rowid = 'rowid', tokenize = 'trigram')`.execute(db);
      await sql`create trigger contacts_fts_insert after insert on contacts begin
        insert into contacts_fts (rowid, search_text) values (new.rowid, new.search_text);
      end`.execute(db);
      await sql`create trigger contacts_fts_delete after delete on contacts begin
        insert into contacts_fts (contacts_fts, rowid, search_text) values ('delete', old.rowid, old.search_text);
      end`.execute(db);
      await sql`create trigger contacts_fts_update after update of search_text on contacts
        when old.search_text is not new.search_text begin
        insert into contacts_fts (contacts_fts, rowid, search_text) values ('delete', old.rowid, old.search_text);
        insert into contacts_fts (rowid, search_text) values (new.rowid, new.search_text);
      end`.execute(db);
      await sql`insert into contacts_fts (contacts_fts) values ('rebuild')`.execute(db);
    },
  };
}

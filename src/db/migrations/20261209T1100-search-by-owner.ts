// Search everything, bounded per owner: the newest matching documents must be the owner's own, of
// the kinds asked for, found by the full-text index alone. Where many people share one database
// (hosted mode), capping the newest matches of everyone and then keeping the owner's lost the
// owner's older records behind other people's newer ones, and a kind filter the same way.
// SQLite: the FTS5 index gains two columns, the owner (as one hexadecimal word) and the kind, read
// through a view of the documents, so a search is one MATCH read newest first that stops at the
// cap. PostgreSQL: indexes on (owner, id) and (owner, kind, id), so the newest of an owner's
// matches are read backwards from one of them when a word is common, and through the GIN index
// when it is rare.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../schema.js";

export function searchByOwner(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      const run = (statement: string) => sql.raw(statement).execute(db);
      if (dialect === "postgres") {
        await run("create index search_documents_owner on search_documents (owner_id, id)");
        await run("create index search_documents_owner_kind on search_documents (owner_id, kind, id)");
        return;
      }
      await run("drop trigger search_fts_insert");
      await run("drop trigger search_fts_delete");
      await run("drop table search_fts");
      await run(`create view search_fts_content as
        select id, title, body, hex(owner_id) as owner, kind from search_documents`);
      await run(`create virtual table search_fts using fts5(title, body, owner, kind,
        content = 'search_fts_content', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')`);
      await run(`create trigger search_fts_insert after insert on search_documents begin
        insert into search_fts (rowid, title, body, owner, kind)
        values (new.id, new.title, new.body, hex(new.owner_id), new.kind); end`);
      await run(`create trigger search_fts_delete after delete on search_documents begin
        insert into search_fts (search_fts, rowid, title, body, owner, kind)
        values ('delete', old.id, old.title, old.body, hex(old.owner_id), old.kind); end`);
      await run("insert into search_fts (search_fts) values ('rebuild')");
    },
  };
}

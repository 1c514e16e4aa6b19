// Search everything: the one place where finding documents differs by dialect. SQLite asks its
// FTS5 index (search_fts) and PostgreSQL its tsvector GIN index for the newest documents holding
// every word (the last one as a beginning); the candidates are capped inside the subquery, so a
// common word or a short beginning never makes the database rank a million rows. The outer query
// is owner-scoped; ranking and snippets happen in core/search.ts, the same on both databases.
import { type Expression, type SqlBool, sql } from "kysely";
import type { SearchKind } from "../core/search.schema.js";
import { Repository } from "./repository.js";

/** How many matching documents, newest first, are considered for ranking. */
export const SEARCH_CANDIDATES = 300;

export interface SearchDocument {
  kind: SearchKind;
  recordId: string;
  contactId: string | null;
  conversationId: string | null;
  title: string;
  body: string;
  updatedAt: string;
}

/** FTS5 query: every word required, the last one a prefix. Words hold only letters and digits. */
export function ftsMatch(words: readonly string[]): string {
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** PostgreSQL tsquery text for the same. */
export function tsQuery(words: readonly string[]): string {
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ":*" : ""}`).join(" & ");
}

export class SearchRepository extends Repository {
  private candidateCondition(words: readonly string[], cap: number): Expression<SqlBool> {
    if (this.scope.dialect === "postgres") {
      return sql<SqlBool>`search_documents.id in (select s.id from search_documents s
        where s.document @@ to_tsquery('simple', ${tsQuery(words)}) limit ${cap})`;
    }
    return sql<SqlBool>`search_documents.id in (select rowid from search_fts
      where search_fts match ${ftsMatch(words)} order by rowid desc limit ${cap})`;
  }

  /**
   * The newest documents (at most `cap`) holding every word, of the given kinds. Words are folded
   * (lower case, no accents), letters and digits only; each at least two characters long.
   */
  async candidates(
    words: readonly string[],
    kinds: readonly SearchKind[] | undefined,
    options: { cap?: number; contactId?: string } = {},
  ): Promise<SearchDocument[]> {
    if (words.length === 0) return [];
    let query = this.db
      .selectFrom("search_documents")
      .select(["kind", "record_id", "contact_id", "conversation_id", "title", "body", "updated_at"])
      .where(this.candidateCondition(words, options.cap ?? SEARCH_CANDIDATES));
    if (kinds && kinds.length > 0) query = query.where("kind", "in", kinds);
    if (options.contactId) query = query.where("contact_id", "=", options.contactId);
    const rows = await query.execute();
    return rows.map((r) => ({
      kind: r.kind as SearchKind,
      recordId: r.record_id,
      contactId: r.contact_id,
      conversationId: r.conversation_id,
      title: r.title,
      body: r.body,
      updatedAt: r.updated_at,
    }));
  }

  /** The documents drawn from one person's records (their own, their conversations, notes…), newest first. */
  async forContact(contactId: string, limit: number): Promise<SearchDocument[]> {
    const rows = await this.db
      .selectFrom("search_documents")
      .select(["kind", "record_id", "contact_id", "conversation_id", "title", "body", "updated_at"])
      .where("contact_id", "=", contactId)
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      kind: r.kind as SearchKind,
      recordId: r.record_id,
      contactId: r.contact_id,
      conversationId: r.conversation_id,
      title: r.title,
      body: r.body,
      updatedAt: r.updated_at,
    }));
  }

  /** Display names of people, by id. */
  async contactNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("contacts")
      .select(["id", "first_name", "last_name"])
      .where("id", "in", [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, `${r.first_name} ${r.last_name}`.trim()]));
  }
}

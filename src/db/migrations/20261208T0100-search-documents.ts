// Search everything: one row per searchable record in `search_documents` (kind, record id, owner,
// its contact and conversation, title, body, when it last changed), kept in step by triggers on
// the tables it is drawn from, in the same transaction as every write (a restore or an import
// writes rows, so the index follows). SQLite indexes it with an FTS5 external-content table
// (accents and case folded by the tokenizer, prefix indexes for typing); PostgreSQL with a
// tsvector column (unaccent, 'simple' configuration) and a GIN index. Existing rows are indexed here.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../schema.js";

/** One kind of record: where its rows come from and how its text is put together. */
interface Kind {
  kind: string;
  table: string;
  title: string;
  body: string[];
  contactId: string;
  conversationId: string;
  updatedAt: string;
  /** The columns whose change changes the document. */
  columns: string[];
}

const text = (column: string) => `coalesce(${column}, '')`;

function kinds(dialect: Dialect): Kind[] {
  const agg = (expr: string) =>
    dialect === "postgres" ? `string_agg(${expr}, ' ')` : `group_concat(${expr}, ' ')`;
  return [
    {
      kind: "contact",
      table: "contacts",
      title: "r.first_name || ' ' || r.last_name",
      body: [
        "r.emails",
        text("r.title"),
        text("r.location"),
        "r.needs",
        "r.notes",
        text("(select o.name from organizations o where o.id = r.organization_id)"),
        text(
          `(select ${agg("t.name")} from contact_tags ct join tags t on t.id = ct.tag_id where ct.contact_id = r.id)`,
        ),
      ],
      contactId: "r.id",
      conversationId: "null",
      updatedAt: "r.updated_at",
      columns: [
        "first_name",
        "last_name",
        "emails",
        "title",
        "location",
        "needs",
        "notes",
        "organization_id",
        "updated_at",
      ],
    },
    {
      kind: "organization",
      table: "organizations",
      title: "r.name",
      body: [text("r.industry"), text("r.location"), text("r.website"), "r.notes"],
      contactId: "null",
      conversationId: "null",
      updatedAt: "r.updated_at",
      columns: ["name", "industry", "location", "website", "notes", "updated_at"],
    },
    {
      kind: "conversation",
      table: "conversations",
      title: "''",
      body: [
        "r.prep",
        "r.notes",
        "r.insights",
        text("r.place"),
        text(
          `(select ${agg("q.note")} from conversation_questions q where q.conversation_id = r.id and q.note <> '')`,
        ),
      ],
      contactId: "r.contact_id",
      conversationId: "r.id",
      updatedAt: "r.updated_at",
      columns: ["prep", "notes", "insights", "place", "kind", "contact_id", "updated_at"],
    },
    {
      kind: "insight",
      table: "insights",
      title: "''",
      body: ["r.text"],
      contactId: "r.contact_id",
      conversationId: "r.conversation_id",
      updatedAt: "r.created_at",
      columns: ["text", "contact_id", "conversation_id"],
    },
    {
      kind: "message",
      table: "messages",
      title: "r.subject",
      body: ["r.body"],
      contactId: "r.contact_id",
      conversationId: "r.conversation_id",
      updatedAt: "r.updated_at",
      columns: ["subject", "body", "contact_id", "conversation_id"],
    },
    {
      kind: "note",
      table: "interactions",
      title: "''",
      body: ["r.summary"],
      contactId: "r.contact_id",
      conversationId: "r.conversation_id",
      updatedAt: "r.occurred_at",
      columns: ["summary", "contact_id", "conversation_id", "occurred_at"],
    },
    {
      kind: "goal",
      table: "goals",
      title: "r.title",
      body: ["r.description", "r.decision_reason"],
      contactId: "null",
      conversationId: "null",
      updatedAt: "r.updated_at",
      columns: ["title", "description", "decision_reason", "updated_at"],
    },
    {
      kind: "task",
      table: "tasks",
      title: "r.title",
      body: ["r.notes"],
      contactId: "r.contact_id",
      conversationId: "r.conversation_id",
      updatedAt: "r.updated_at",
      columns: ["title", "notes", "contact_id", "conversation_id", "updated_at"],
    },
    {
      kind: "exchange",
      table: "exchanges",
      title: "''",
      body: ["r.description"],
      contactId: "r.contact_id",
      conversationId: "r.conversation_id",
      updatedAt: "r.occurred_at",
      columns: ["description", "direction", "contact_id", "conversation_id", "occurred_at"],
    },
  ];
}

/** Other tables whose rows are part of a document: which documents a change of theirs refreshes. */
interface Dependent {
  table: string;
  kind: string;
  /** The ids of the documents' records, from `x` (the new or old row). */
  ids: (x: string) => string;
  columns: string[] | undefined;
}

const DEPENDENTS: Dependent[] = [
  { table: "contact_tags", kind: "contact", ids: (x) => `select ${x}.contact_id`, columns: undefined },
  {
    table: "tags",
    kind: "contact",
    ids: (x) => `select ct.contact_id from contact_tags ct where ct.tag_id = ${x}.id`,
    columns: ["name"],
  },
  {
    table: "organizations",
    kind: "contact",
    ids: (x) => `select c.id from contacts c where c.organization_id = ${x}.id`,
    columns: ["name"],
  },
  {
    table: "conversation_questions",
    kind: "conversation",
    ids: (x) => `select ${x}.conversation_id`,
    columns: ["note", "conversation_id"],
  },
];

/** Deletes the documents of `ids` and writes them again from their records. */
function refresh(kind: Kind, ids: string): string {
  const body = kind.body.join(" || ' ' || ");
  const key = `'${kind.kind}'`;
  return `delete from search_documents where kind = ${key} and record_id in (${ids});
    insert into search_documents (owner_id, kind, record_id, contact_id, conversation_id, title, body, updated_at)
    select r.owner_id, ${key}, r.id, ${kind.contactId}, ${kind.conversationId}, ${kind.title}, ${body}, ${kind.updatedAt}
    from ${kind.table} r where r.id in (${ids});`;
}

function remove(kind: Kind, ids: string): string {
  return `delete from search_documents where kind = '${kind.kind}' and record_id in (${ids});`;
}

/** Every trigger keeping the documents in step, as statements for the dialect. */
function triggers(dialect: Dialect): string[] {
  const all = kinds(dialect);
  const out: string[] = [];
  const byKind = new Map(all.map((k) => [k.kind, k]));
  const sqliteTrigger = (name: string, event: string, table: string, body: string) =>
    `create trigger ${name} after ${event} on ${table} for each row begin ${body} end`;
  const pgTrigger = (name: string, events: string, table: string, body: string) => [
    `create function ${name}() returns trigger language plpgsql as $fn$ begin ${body} return null; end $fn$`,
    `create trigger ${name} after ${events} on ${table} for each row execute function ${name}()`,
  ];
  for (const kind of all) {
    const name = `search_doc_${kind.table}`;
    const of = `update of ${kind.columns.join(", ")}`;
    if (dialect === "sqlite") {
      out.push(sqliteTrigger(`${name}_insert`, "insert", kind.table, refresh(kind, "select new.id")));
      out.push(sqliteTrigger(`${name}_update`, of, kind.table, refresh(kind, "select new.id")));
      out.push(sqliteTrigger(`${name}_delete`, "delete", kind.table, remove(kind, "select old.id")));
    } else {
      out.push(
        ...pgTrigger(
          name,
          `insert or ${of} or delete`,
          kind.table,
          `if tg_op = 'DELETE' then ${remove(kind, "select old.id")} else ${refresh(kind, "select new.id")} end if;`,
        ),
      );
    }
  }
  for (const dep of DEPENDENTS) {
    const kind = byKind.get(dep.kind) as Kind;
    const name = `search_dep_${dep.table}`;
    const of = dep.columns ? `update of ${dep.columns.join(", ")}` : "update";
    if (dialect === "sqlite") {
      out.push(sqliteTrigger(`${name}_insert`, "insert", dep.table, refresh(kind, dep.ids("new"))));
      out.push(
        sqliteTrigger(
          `${name}_update`,
          of,
          dep.table,
          refresh(kind, dep.ids("old")) + refresh(kind, dep.ids("new")),
        ),
      );
      out.push(sqliteTrigger(`${name}_delete`, "delete", dep.table, refresh(kind, dep.ids("old"))));
    } else {
      out.push(
        ...pgTrigger(
          name,
          `insert or ${of} or delete`,
          dep.table,
          `if tg_op <> 'INSERT' then ${refresh(kind, dep.ids("old"))} end if;
           if tg_op <> 'DELETE' then ${refresh(kind, dep.ids("new"))} end if;`,
        ),
      );
    }
  }
  return out;
}

/** Writes every document again from the records (the first indexing, or a rebuild). */
export function fillStatements(dialect: Dialect): string[] {
  return kinds(dialect).map((kind) =>
    refresh(kind, `select id from ${kind.table}`).replace(
      /delete from search_documents where kind = '([a-z]+)' and record_id in \(select id from [a-z_]+\);/,
      "delete from search_documents where kind = '$1';",
    ),
  );
}

export function searchDocuments(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      const run = (statement: string) => sql.raw(statement).execute(db);
      if (dialect === "postgres") {
        await run("create extension if not exists unaccent");
        await run(`create function search_fold(value text) returns text language sql immutable parallel safe
          as $fn$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $fn$`);
        await run(`create table search_documents (
          id bigint generated always as identity primary key,
          owner_id text not null references users(id),
          kind text not null, record_id text not null,
          contact_id text, conversation_id text,
          title text not null, body text not null, updated_at text not null,
          document tsvector generated always as (
            setweight(to_tsvector('simple', search_fold(title)), 'A') ||
            setweight(to_tsvector('simple', search_fold(body)), 'B')) stored)`);
        await run("create index search_documents_document on search_documents using gin (document)");
      } else {
        await run(`create table search_documents (
          id integer primary key,
          owner_id text not null references users(id),
          kind text not null, record_id text not null,
          contact_id text, conversation_id text,
          title text not null, body text not null, updated_at text not null)`);
        await run(`create virtual table search_fts using fts5(title, body, content = 'search_documents',
          content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`);
        await run(`create trigger search_fts_insert after insert on search_documents begin
          insert into search_fts (rowid, title, body) values (new.id, new.title, new.body); end`);
        await run(`create trigger search_fts_delete after delete on search_documents begin
          insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body); end`);
      }
      await run("create unique index search_documents_record on search_documents (kind, record_id)");
      // No index leads with owner_id: the search's planner must start from the few candidate ids
      // the full-text subquery gives, not walk every document of the owner to test each one.
      await run("create index search_documents_contact on search_documents (contact_id)");
      for (const statement of triggers(dialect)) await run(statement);
      for (const statement of fillStatements(dialect)) {
        for (const part of statement.split(";").filter((s) => s.trim())) await run(part);
      }
    },
  };
}

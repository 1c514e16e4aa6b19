// The raw limit of each benchmarked route: a bare Hono server running prepared SQL on the same
// database file and answering its rows as JSON, with none of coffeechat's code in between.
// Usage: tsx bench/raw-server.ts <sqlite file> <owner id> <port>
import { serve } from "@hono/node-server";
import SQLite from "better-sqlite3";
import { Hono } from "hono";

const [file, owner, port] = process.argv.slice(2);
const db = new SQLite(file ?? "", { readonly: true });
const page = db.prepare(
  "select * from contacts where owner_id = ? and archived_at is null order by sort_name, id limit 50",
);
const search = db.prepare(
  `select * from contacts where owner_id = ? and archived_at is null
     and rowid in (select rowid from contacts_fts where contacts_fts match ?) order by sort_name, id limit 50`,
);
const tagged = db.prepare(
  `select * from contacts where owner_id = ? and archived_at is null and id in (select ct.contact_id
     from contact_tags ct join tags t on t.id = ct.tag_id where ct.owner_id = ? and t.name_key = ?)
   order by sort_name, id limit 50`,
);
const byStage = db.prepare(
  `select v.*, c.first_name, c.last_name from conversations v join contacts c on c.id = v.contact_id
   where v.owner_id = ? and v.archived_at is null and v.stage = ? order by v.updated_at desc, v.id desc limit 50`,
);
const one = db.prepare("select * from contacts where owner_id = ? and id = ?");
const touchDue = db.prepare(
  `select id, first_name, last_name, touch_due_at from contacts where owner_id = ? and touch_due_at is not null
     and touch_due_at <= ? and archived_at is null order by touch_due_at, id limit 5`,
);
const agendaConversations = db.prepare(
  `select * from conversations where owner_id = ? and archived_at is null and stage = ?
   order by stage_changed_at, id limit 20`,
);
const tasks = db.prepare(
  "select * from tasks where owner_id = ? and done_at is null order by due_at, id limit 20",
);

const app = new Hono()
  .get("/api/contacts", (c) => {
    const q = c.req.query("q");
    const tag = c.req.query("tag");
    if (q) return c.json({ items: search.all(owner, `"${q}"`) });
    if (tag) return c.json({ items: tagged.all(owner, owner, tag) });
    return c.json({ items: page.all(owner) });
  })
  .get("/api/contacts/:id", (c) => c.json(one.get(owner, c.req.param("id"))))
  .get("/api/conversations", (c) => c.json({ items: byStage.all(owner, c.req.query("stage") ?? "") }))
  .get("/api/agenda", (c) => {
    const horizon = new Date(Date.now() + 7 * 86_400_000).toISOString();
    return c.json({
      touch: touchDue.all(owner, horizon),
      asked: agendaConversations.all(owner, "asked"),
      done: agendaConversations.all(owner, "done"),
      scheduled: agendaConversations.all(owner, "scheduled"),
      tasks: tasks.all(owner),
    });
  })
  .get("/api/health", (c) => c.json({ ok: true }));

serve({ fetch: app.fetch, port: Number(port), hostname: "127.0.0.1" });

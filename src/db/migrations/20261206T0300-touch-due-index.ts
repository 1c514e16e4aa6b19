// When each contact is next due a stay-in-touch touch, as a column the database keeps itself
// (generated from the date the user set, else the last touch plus the cadence), and indexed, so
// Today reads the few most overdue people instead of computing the date for every contact.
// The cadences are those of core/stay-in-touch.ts when this migration was written; a test
// checks the column against `nextTouchDue` for every strength.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../schema.js";

const CADENCE = sql`case relationship_strength when 'acquaintance' then 120 when 'warm' then 90 when 'close' then 60 end`;

export function touchDueIndex(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === "postgres") {
        // A day is 86,400 seconds here as in the core: an interval in seconds does not depend on
        // the session's time zone, so the function is truly immutable, as a stored column needs.
        await sql`create function coffeechat_touch_due(next timestamptz, last timestamptz, strength text, days integer)
          returns timestamptz language sql immutable
          as $$ select coalesce(next, last + make_interval(secs => 86400 * coalesce(days,
            case strength when 'acquaintance' then 120 when 'warm' then 90 when 'close' then 60 end))) $$`.execute(
          db,
        );
        await db.schema
          .alterTable("contacts")
          .addColumn("touch_due_at", "timestamptz", (c) =>
            c
              .generatedAlwaysAs(
                sql`coffeechat_touch_due(next_touch_at, last_touch_at, relationship_strength, stay_in_touch_days)`,
              )
              .stored(),
          )
          .execute();
      } else {
        // SQLite adds generated columns as virtual ones: computed on read, stored in the index.
        await db.schema
          .alterTable("contacts")
          .addColumn("touch_due_at", "text", (c) =>
            c.generatedAlwaysAs(
              sql`case when next_touch_at is not null then strftime('%Y-%m-%dT%H:%M:%fZ', next_touch_at)
                else strftime('%Y-%m-%dT%H:%M:%fZ', last_touch_at, '+' || coalesce(stay_in_touch_days, ${CADENCE}) || ' days') end`,
            ),
          )
          .execute();
      }
      await db.schema
        .createIndex("contacts_owner_touch_due")
        .on("contacts")
        .columns(["owner_id", "touch_due_at"])
        .where(sql.ref("touch_due_at"), "is not", null)
        .execute();
    },
  };
}

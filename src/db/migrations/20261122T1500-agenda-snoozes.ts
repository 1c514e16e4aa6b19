// Snoozed agenda items: an item's key (e.g. "thank-you:<conversation id>") hidden until a moment.
// Stage events get a sequence number, so that moves made in the same instant keep their order.
import type { Kysely } from "kysely";
import type { Dialect } from "../schema.js";
import { columnTypes } from "./column-types.js";

export function agendaSnoozes(dialect: Dialect) {
  const { timestamp: ts } = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable("snoozes")
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("item_key", "text", (c) => c.notNull())
        .addColumn("until", ts, (c) => c.notNull())
        .addColumn("created_at", ts, (c) => c.notNull())
        .addPrimaryKeyConstraint("snoozes_pk", ["owner_id", "item_key"])
        .execute();
      await db.schema
        .alterTable("stage_events")
        .addColumn("seq", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex("stage_events_owner_to")
        .on("stage_events")
        .columns(["owner_id", "to_stage", "at"])
        .execute();
      await db.schema
        .createIndex("interactions_owner_contact")
        .on("interactions")
        .columns(["owner_id", "contact_id", "occurred_at"])
        .execute();
    },
  };
}

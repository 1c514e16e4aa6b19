// The centre's alumni directory: alumni and volunteers who opt in with a short profile, and the
// requests each of them received (one per person asking, per month), so that asks spread out.
// Both tables belong to the alum (`owner_id`): deleting their account removes them; a request
// also goes when the person who made it deletes theirs.
import type { Kysely } from "kysely";
import type { Dialect } from "../schema.js";
import { columnTypes } from "./column-types.js";

export function alumniDirectory(dialect: Dialect) {
  const { timestamp: ts } = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable("alumni_profiles")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().unique().references("users.id").onDelete("cascade"))
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("organization", "text")
        .addColumn("about", "text")
        .addColumn("topics", "text", (c) => c.notNull())
        .addColumn("formats", "text", (c) => c.notNull())
        .addColumn("monthly_limit", "integer", (c) => c.notNull())
        .addColumn("published", "integer", (c) => c.notNull())
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("alumni_requests")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("requester_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("month", "text", (c) => c.notNull())
        .addColumn("at", ts, (c) => c.notNull())
        .addUniqueConstraint("alumni_requests_once_a_month", ["owner_id", "month", "requester_id"])
        .execute();
      await db.schema
        .createIndex("alumni_requests_requester")
        .on("alumni_requests")
        .column("requester_id")
        .execute();
    },
  };
}

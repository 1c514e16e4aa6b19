// A career centre's cohorts: who advises (roles), the cohorts an advisor leads with their
// invitation code, each student's membership with what they chose to share, and the record of
// every time an advisor read a student's figures (which the student can see).
import type { Kysely } from "kysely";
import type { Dialect } from "../schema.js";
import { columnTypes } from "./column-types.js";

export function cohorts(dialect: Dialect) {
  const { timestamp: ts } = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable("centre_roles")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("created_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("cohorts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("advisor_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("invite_code", "text", (c) => c.notNull().unique())
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("archived_at", ts)
        .execute();
      await db.schema
        .createIndex("cohorts_advisor")
        .on("cohorts")
        .columns(["advisor_id", "created_at"])
        .execute();
      await db.schema
        .createTable("cohort_members")
        .addColumn("cohort_id", "text", (c) => c.notNull().references("cohorts.id").onDelete("cascade"))
        .addColumn("student_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("sharing", "text", (c) => c.notNull())
        .addColumn("joined_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .addPrimaryKeyConstraint("cohort_members_pk", ["cohort_id", "student_id"])
        .execute();
      await db.schema
        .createIndex("cohort_members_student")
        .on("cohort_members")
        .column("student_id")
        .execute();
      await db.schema
        .createTable("advisor_reads")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("cohort_id", "text", (c) => c.notNull().references("cohorts.id").onDelete("cascade"))
        .addColumn("student_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("advisor_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("what", "text", (c) => c.notNull())
        .addColumn("at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("advisor_reads_student")
        .on("advisor_reads")
        .columns(["student_id", "at"])
        .execute();
    },
  };
}

// Outreach: the outbox's recipient, retry time and Message-ID, and a user's own mail server.
// Preparation: the questions chosen for a conversation (with what was asked and noted), and how a
// goal scores on the criteria goals are compared by.
import type { Kysely } from "kysely";
import type { Dialect } from "../schema.js";
import { columnTypes } from "./column-types.js";

export function outreachAndPreparation(dialect: Dialect) {
  const { timestamp: ts } = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable("messages").addColumn("to_address", "text").execute();
      await db.schema.alterTable("messages").addColumn("next_attempt_at", ts).execute();
      await db.schema.alterTable("messages").addColumn("mail_message_id", "text").execute();
      await db.schema
        .createIndex("messages_due")
        .on("messages")
        .columns(["status", "next_attempt_at"])
        .execute();
      await db.schema
        .createIndex("messages_owner_conversation")
        .on("messages")
        .columns(["owner_id", "conversation_id"])
        .execute();

      await db.schema.alterTable("users").addColumn("smtp_url", "text").execute();
      await db.schema.alterTable("users").addColumn("mail_from", "text").execute();

      await db.schema
        .alterTable("goals")
        .addColumn("assessment", "text", (c) => c.notNull().defaultTo("{}"))
        .execute();

      await db.schema
        .createTable("conversation_questions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) =>
          c.notNull().references("conversations.id").onDelete("cascade"),
        )
        .addColumn("question_id", "text", (c) => c.references("questions.id").onDelete("set null"))
        .addColumn("area", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("asked_at", ts)
        .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("conversation_questions_conversation")
        .on("conversation_questions")
        .columns(["conversation_id", "position"])
        .execute();
      await db.schema
        .createIndex("insights_owner_goal")
        .on("insights")
        .columns(["owner_id", "goal_id"])
        .execute();
      await db.schema.createIndex("insights_conversation").on("insights").column("conversation_id").execute();
    },
  };
}

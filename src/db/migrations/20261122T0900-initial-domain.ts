// The whole domain model of informational interviews (see shared/DOMAIN.md).
// Forward-only: never edit a migration that has shipped; add a new one.
import type { Kysely } from "kysely";
import type { Dialect } from "../schema.js";
import { columnTypes } from "./column-types.js";

export function initialDomain(dialect: Dialect) {
  const { timestamp: ts } = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("intro", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("settings", "text", (c) => c.notNull().defaultTo("{}"))
        .addColumn("is_local", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("organizations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("name_key", "text", (c) => c.notNull())
        .addColumn("website", "text")
        .addColumn("industry", "text")
        .addColumn("location", "text")
        .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("archived_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .addUniqueConstraint("organizations_owner_name_key", ["owner_id", "name_key"])
        .execute();

      await db.schema
        .createTable("contacts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("first_name", "text", (c) => c.notNull())
        .addColumn("last_name", "text", (c) => c.notNull())
        .addColumn("emails", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("phones", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("linkedin_url", "text")
        .addColumn("organization_id", "text", (c) => c.references("organizations.id").onDelete("set null"))
        .addColumn("title", "text")
        .addColumn("location", "text")
        .addColumn("time_zone", "text")
        .addColumn("source", "text")
        .addColumn("source_detail", "text")
        .addColumn("introduced_by_id", "text", (c) => c.references("contacts.id").onDelete("set null"))
        .addColumn("may_mention_introducer", "integer")
        .addColumn("relationship_strength", "text", (c) => c.notNull().defaultTo("new"))
        .addColumn("needs", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("last_touch_at", ts)
        .addColumn("next_touch_at", ts)
        .addColumn("stay_in_touch_days", "integer")
        .addColumn("search_text", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("sort_name", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("archived_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("contacts_owner_sort")
        .on("contacts")
        .columns(["owner_id", "sort_name", "id"])
        .execute();
      await db.schema
        .createIndex("contacts_owner_created")
        .on("contacts")
        .columns(["owner_id", "created_at", "id"])
        .execute();
      await db.schema
        .createIndex("contacts_owner_updated")
        .on("contacts")
        .columns(["owner_id", "updated_at", "id"])
        .execute();
      await db.schema.createIndex("contacts_organization").on("contacts").column("organization_id").execute();
      await db.schema
        .createIndex("contacts_introduced_by")
        .on("contacts")
        .column("introduced_by_id")
        .execute();
      await db.schema
        .createIndex("contacts_owner_linkedin")
        .on("contacts")
        .columns(["owner_id", "linkedin_url"])
        .execute();
      await db.schema
        .createIndex("contacts_owner_next_touch")
        .on("contacts")
        .columns(["owner_id", "next_touch_at"])
        .execute();

      await db.schema
        .createTable("tags")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("name_key", "text", (c) => c.notNull())
        .addColumn("created_at", ts, (c) => c.notNull())
        .addUniqueConstraint("tags_owner_name_key", ["owner_id", "name_key"])
        .execute();

      await db.schema
        .createTable("contact_tags")
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
        .addColumn("tag_id", "text", (c) => c.notNull().references("tags.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("contact_tags_pk", ["contact_id", "tag_id"])
        .execute();
      await db.schema
        .createIndex("contact_tags_tag")
        .on("contact_tags")
        .columns(["tag_id", "contact_id"])
        .execute();

      await db.schema
        .createTable("goals")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
        .addColumn("decision", "text")
        .addColumn("decision_reason", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("decided_at", ts)
        .addColumn("archived_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("goals_owner").on("goals").columns(["owner_id", "status"]).execute();

      await db.schema
        .createTable("conversations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("stage", "text", (c) => c.notNull())
        .addColumn("stage_changed_at", ts, (c) => c.notNull())
        .addColumn("format", "text")
        .addColumn("scheduled_at", ts)
        .addColumn("duration_minutes", "integer")
        .addColumn("place", "text")
        .addColumn("prep", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("insights", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("thank_you_sent_at", ts)
        .addColumn("archived_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("conversations_owner_stage")
        .on("conversations")
        .columns(["owner_id", "stage"])
        .execute();
      await db.schema
        .createIndex("conversations_owner_scheduled")
        .on("conversations")
        .columns(["owner_id", "scheduled_at"])
        .execute();
      await db.schema.createIndex("conversations_contact").on("conversations").column("contact_id").execute();

      await db.schema
        .createTable("conversation_goals")
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) =>
          c.notNull().references("conversations.id").onDelete("cascade"),
        )
        .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
        .addColumn("fit_rating", "integer")
        .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
        .addPrimaryKeyConstraint("conversation_goals_pk", ["conversation_id", "goal_id"])
        .execute();
      await db.schema
        .createIndex("conversation_goals_goal")
        .on("conversation_goals")
        .column("goal_id")
        .execute();

      await db.schema
        .createTable("stage_events")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) =>
          c.notNull().references("conversations.id").onDelete("cascade"),
        )
        .addColumn("from_stage", "text")
        .addColumn("to_stage", "text", (c) => c.notNull())
        .addColumn("at", ts, (c) => c.notNull())
        .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
        .execute();
      await db.schema
        .createIndex("stage_events_conversation")
        .on("stage_events")
        .columns(["conversation_id", "at"])
        .execute();

      await db.schema
        .createTable("templates")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("builtin_key", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("hidden_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .addUniqueConstraint("templates_owner_builtin", ["owner_id", "builtin_key"])
        .execute();

      await db.schema
        .createTable("messages")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("set null"))
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("direction", "text", (c) => c.notNull().defaultTo("outbound"))
        .addColumn("purpose", "text", (c) => c.notNull().defaultTo("other"))
        .addColumn("subject", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("template_id", "text", (c) => c.references("templates.id").onDelete("set null"))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("scheduled_at", ts)
        .addColumn("sent_at", ts)
        .addColumn("replied_at", ts)
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("last_error", "text")
        .addColumn("claimed_at", ts)
        .addColumn("claimed_by", "text")
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("messages_contact")
        .on("messages")
        .columns(["contact_id", "sent_at"])
        .execute();
      await db.schema
        .createIndex("messages_outbox")
        .on("messages")
        .columns(["status", "scheduled_at"])
        .execute();

      await db.schema
        .createTable("interactions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("set null"))
        .addColumn("message_id", "text", (c) => c.references("messages.id").onDelete("set null"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("direction", "text", (c) => c.notNull().defaultTo("mutual"))
        .addColumn("occurred_at", ts, (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("origin", "text", (c) => c.notNull().defaultTo("app"))
        .addColumn("created_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("interactions_contact")
        .on("interactions")
        .columns(["contact_id", "occurred_at"])
        .execute();

      await db.schema
        .createTable("tasks")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.references("contacts.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("cascade"))
        .addColumn("goal_id", "text", (c) => c.references("goals.id").onDelete("set null"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("due_at", ts)
        .addColumn("snoozed_until", ts)
        .addColumn("done_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("tasks_owner_due")
        .on("tasks")
        .columns(["owner_id", "done_at", "due_at"])
        .execute();

      await db.schema
        .createTable("questions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("builtin_key", "text")
        .addColumn("area", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("kinds", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("tiara", "text")
        .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("hidden_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .addUniqueConstraint("questions_owner_builtin", ["owner_id", "builtin_key"])
        .execute();

      await db.schema
        .createTable("insights")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("cascade"))
        .addColumn("goal_id", "text", (c) => c.references("goals.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.references("contacts.id").onDelete("cascade"))
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("created_at", ts, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("exchanges")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
        .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("set null"))
        .addColumn("direction", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("occurred_at", ts, (c) => c.notNull())
        .addColumn("created_at", ts, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("exchanges_contact").on("exchanges").column("contact_id").execute();

      await db.schema
        .createTable("feed_tokens")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("purpose", "text", (c) => c.notNull())
        .addColumn("revoked_at", ts)
        .addColumn("created_at", ts, (c) => c.notNull())
        .execute();
    },
  };
}

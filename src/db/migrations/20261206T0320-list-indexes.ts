// Indexes for the lists and Today at 100,000 contacts: counting a list from an index alone (all,
// by source, by tag, conversations by stage), the source filter in name order, conversations by
// when they last changed (all, or of one stage), and the agenda's meetings, oldest requests and unthanked
// conversations, the first untouched person at an organisation, and people introduced to me.
import { type Kysely, sql } from "kysely";

export function listIndexes() {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      const index = (name: string, table: string, columns: string[]) =>
        db.schema.createIndex(name).on(table).columns(columns).execute();
      await index("contacts_owner_archived", "contacts", ["owner_id", "archived_at"]);
      await index("contacts_owner_source_sort", "contacts", [
        "owner_id",
        "source",
        "archived_at",
        "sort_name",
        "id",
      ]);
      await index("contacts_owner_organization_created", "contacts", [
        "owner_id",
        "organization_id",
        "created_at",
        "id",
      ]);
      await db.schema
        .createIndex("contacts_owner_introduced")
        .on("contacts")
        .columns(["owner_id", "introduced_by_id"])
        .where(sql.ref("introduced_by_id"), "is not", null)
        .execute();
      await index("contact_tags_owner_tag", "contact_tags", ["owner_id", "tag_id", "contact_id"]);
      await index("conversations_owner_archived_stage", "conversations", [
        "owner_id",
        "archived_at",
        "stage",
      ]);
      await index("conversations_owner_updated", "conversations", ["owner_id", "updated_at", "id"]);
      await index("conversations_owner_stage_updated", "conversations", [
        "owner_id",
        "stage",
        "updated_at",
        "id",
      ]);
      await index("conversations_owner_stage_changed", "conversations", [
        "owner_id",
        "stage",
        "stage_changed_at",
        "id",
      ]);
      await index("conversations_owner_stage_scheduled", "conversations", [
        "owner_id",
        "stage",
        "scheduled_at",
        "id",
      ]);
      await db.schema
        .createIndex("conversations_owner_unthanked")
        .on("conversations")
        .columns(["owner_id", "stage_changed_at", "id"])
        .where(sql<boolean>`stage = 'done' and thank_you_sent_at is null`)
        .execute();
      // Conversations held with each person, counted in contact order from the index alone.
      await index("conversations_owner_contact_stage", "conversations", [
        "owner_id",
        "contact_id",
        "stage",
        "archived_at",
      ]);
      await db.schema.dropIndex("conversations_owner_stage").execute();
    },
  };
}

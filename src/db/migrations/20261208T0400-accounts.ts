// Accounts for hosted mode: the users table gains what sign-in needs (a verified e-mail flag, a
// picture), and sign-in's own tables: sessions, the credentials of each way a person signs in
// (password or the centre's identity provider), one-time codes (password reset) and the sign-in
// rate limits. Sessions and credentials are owned by their user (`owner_id`), so deleting an
// account removes them with everything else.
import type { Kysely } from "kysely";
import type { Dialect } from "../schema.js";
import { columnTypes } from "./column-types.js";

export function accounts(dialect: Dialect) {
  const { timestamp: ts } = columnTypes(dialect);
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .alterTable("users")
        .addColumn("email_verified", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable("users").addColumn("image", "text").execute();
      await db.schema
        .createTable("auth_sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("token", "text", (c) => c.notNull().unique())
        .addColumn("expires_at", ts, (c) => c.notNull())
        .addColumn("ip_address", "text")
        .addColumn("user_agent", "text")
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("auth_sessions_owner").on("auth_sessions").column("owner_id").execute();
      await db.schema
        .createTable("auth_accounts")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("account_id", "text", (c) => c.notNull())
        .addColumn("provider_id", "text", (c) => c.notNull())
        .addColumn("access_token", "text")
        .addColumn("refresh_token", "text")
        .addColumn("id_token", "text")
        .addColumn("access_token_expires_at", ts)
        .addColumn("refresh_token_expires_at", ts)
        .addColumn("scope", "text")
        .addColumn("password", "text")
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("auth_accounts_owner").on("auth_accounts").column("owner_id").execute();
      await db.schema
        .createTable("auth_verifications")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("identifier", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("expires_at", ts, (c) => c.notNull())
        .addColumn("created_at", ts, (c) => c.notNull())
        .addColumn("updated_at", ts, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("auth_verifications_identifier")
        .on("auth_verifications")
        .column("identifier")
        .execute();
      await db.schema
        .createTable("auth_rate_limits")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("key", "text", (c) => c.notNull().unique())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("last_request", "bigint", (c) => c.notNull())
        .execute();
    },
  };
}

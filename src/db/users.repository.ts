import type { Kysely } from "kysely";
import type { Database, UsersTable } from "./schema.js";

/** The fixed id of the one user of single-user (local) mode, so that concurrent first starts agree. */
export const LOCAL_USER_ID = "00000000-0000-4000-8000-000000000001";

/** The one user of single-user (local) mode, created on first start. */
export async function ensureLocalUser(
  db: Kysely<Database>,
  options: { now: string; timeZone: string },
): Promise<UsersTable> {
  const existing = await findUser(db, LOCAL_USER_ID);
  if (existing) return existing;
  const user: UsersTable = {
    id: LOCAL_USER_ID,
    email: null,
    name: "Me",
    time_zone: options.timeZone,
    intro: "",
    settings: "{}",
    smtp_url: null,
    mail_from: null,
    is_local: 1,
    created_at: options.now,
    updated_at: options.now,
  };
  await db
    .insertInto("users")
    .values(user)
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return (await findUser(db, LOCAL_USER_ID)) ?? user;
}

export async function findUser(db: Kysely<Database>, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

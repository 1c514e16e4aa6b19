import type { UsersTable } from "./schema.js";

/** The fixed id of the one user of single-user (local) mode, so that concurrent first starts agree. */
export const LOCAL_USER_ID = "00000000-0000-4000-8000-000000000001";

/** The row of the one user of single-user (local) mode, created on first start. */
export function localUserRow(options: { now: string; timeZone: string }): UsersTable {
  return {
    id: LOCAL_USER_ID,
    email: null,
    name: "Me",
    time_zone: options.timeZone,
    intro: "",
    settings: "{}",
    smtp_url: null,
    mail_from: null,
    email_verified: 0,
    image: null,
    is_local: 1,
    created_at: options.now,
    updated_at: options.now,
  };
}

// The owner's own row of the users table: who they are (name, time zone, intro), their practice
// settings and their mail server. The owner scope maps `users.id` to the owner: no other row is seen.
import type { Selectable } from "kysely";
import { type PracticeSettings, readSettings } from "../core/settings.js";
import type { Settings } from "../core/settings.schema.js";
import { Repository } from "./repository.js";
import type { UsersTable } from "./schema.js";

/** What the owner keeps about themselves (declared with its schema). */
export type OwnSettings = Settings;

/** The owner's own mail server (with its password) and sender; null when not set. */
export interface OwnMailSettings {
  smtpUrl: string | null;
  mailFrom: string | null;
}

export interface SettingsPatch {
  name?: string;
  timeZone?: string;
  intro?: string;
  practice?: PracticeSettings;
  smtpUrl?: string | null;
  mailFrom?: string | null;
}

function toSettings(row: Selectable<UsersTable>): OwnSettings {
  return {
    name: row.name,
    timeZone: row.time_zone,
    intro: row.intro,
    ...readSettings(JSON.parse(row.settings)),
  };
}

export class SettingsRepository extends Repository {
  private row() {
    return this.db.selectFrom("users").selectAll().executeTakeFirst();
  }

  /** The owner's settings; undefined when the owner has no user row. */
  async get(): Promise<OwnSettings | undefined> {
    const row = await this.row();
    return row ? toSettings(row) : undefined;
  }

  async mail(): Promise<OwnMailSettings | undefined> {
    const row = await this.row();
    return row ? { smtpUrl: row.smtp_url, mailFrom: row.mail_from } : undefined;
  }

  async update(patch: SettingsPatch, now: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
        ...(patch.intro !== undefined ? { intro: patch.intro } : {}),
        ...(patch.practice !== undefined ? { settings: JSON.stringify(patch.practice) } : {}),
        ...(patch.smtpUrl !== undefined ? { smtp_url: patch.smtpUrl } : {}),
        ...(patch.mailFrom !== undefined ? { mail_from: patch.mailFrom } : {}),
        updated_at: now,
      })
      .execute();
  }
}

// PostgreSQL: a per-owner data version, moved by every committed write to the tables behind the
// cached reads (a list's total, Today's weekly habit and give-back tallies), so a count is taken
// once and served again until that owner's data changes, by any app instance sharing the database.
// The version is bumped by a deferred trigger, once per owner and transaction, at commit: in the
// same transaction as the rows (a reader sees both or neither), and after every row lock the
// transaction takes, so writers of one owner queue on it without deadlocking. SQLite has its own
// change counters (see db/count-cache.ts) and gets nothing here.
import { type Kysely, sql } from "kysely";
import type { Dialect } from "../schema.js";

/** The tables whose rows the cached reads count; a new cached read over another table adds it here. */
export const VERSIONED_TABLES = [
  "contacts",
  "tags",
  "contact_tags",
  "conversations",
  "stage_events",
  "exchanges",
] as const;

export function ownerDataVersions(dialect: Dialect) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
    async up(db: Kysely<any>): Promise<void> {
      if (dialect !== "postgres") return;
      const run = (statement: string) => sql.raw(statement).execute(db);
      // Not an owned table: nothing the owner reads or writes, only a number the triggers keep.
      await run("create table owner_data_versions (owner text primary key, version bigint not null)");
      await run(`create function coffeechat_bump_data_version() returns trigger language plpgsql as $$
        declare
          owner_key text;
        begin
          if tg_op = 'DELETE' then owner_key := old.owner_id; else owner_key := new.owner_id; end if;
          -- Once per owner and transaction: the setting is local to the transaction.
          if current_setting('coffeechat.data_version_bumped', true) = owner_key then return null; end if;
          if exists (select 1 from users where id = owner_key) then
            insert into owner_data_versions (owner, version) values (owner_key, 1)
              on conflict (owner) do update set version = owner_data_versions.version + 1;
          else
            -- The account was deleted with its rows: nothing of it is kept.
            delete from owner_data_versions where owner = owner_key;
          end if;
          perform set_config('coffeechat.data_version_bumped', owner_key, true);
          return null;
        end $$`);
      for (const table of VERSIONED_TABLES) {
        await run(`create constraint trigger ${table}_data_version after insert or update or delete on ${table}
          deferrable initially deferred for each row execute function coffeechat_bump_data_version()`);
      }
    },
  };
}

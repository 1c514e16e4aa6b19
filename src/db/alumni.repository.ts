// The centre's alumni directory. My own profile and the requests I received are mine (owner-
// scoped through `db`). The directory itself is shared on purpose: any member of the centre reads
// its published profiles, and asking someone records a request on their side. Those reads and
// that write go through `scope.shared`, and only here, each naming its rule in its query:
// published profiles only, and a request always made by me.
import { type Kysely, type Selectable, sql } from "kysely";
import { newId } from "./ids.js";
import { likePattern } from "./paging.js";
import { Repository } from "./repository.js";
import type { AlumniProfilesTable, Database } from "./schema.js";

export type ProfileRow = Omit<Selectable<AlumniProfilesTable>, "owner_id">;
export type EntryRow = ProfileRow & { owner_id: string; name: string; email: string | null };

export interface ProfileValues {
  role: string;
  organization: string | null;
  about: string | null;
  topics: string;
  formats: string;
  monthly_limit: number;
  published: number;
}

export interface DirectoryFilters {
  topic?: string | undefined;
  organization?: string | undefined;
  role?: string | undefined;
}

const PROFILE_COLUMNS = [
  "p.id",
  "p.role",
  "p.organization",
  "p.about",
  "p.topics",
  "p.formats",
  "p.monthly_limit",
  "p.published",
  "p.created_at",
  "p.updated_at",
] as const;

function contains(column: string, term: string) {
  return sql<boolean>`lower(${sql.ref(column)}) like ${likePattern(term.toLowerCase())} escape '\\'`;
}

export class AlumniRepository extends Repository {
  private get me(): string {
    return this.scope.ownerId;
  }

  private get shared(): Kysely<Database> {
    return this.scope.shared;
  }

  /** My own profile, published or paused. */
  mine(): Promise<ProfileRow | undefined> {
    return this.db.selectFrom("alumni_profiles as p").select(PROFILE_COLUMNS).executeTakeFirst();
  }

  /** Creates or replaces my profile. */
  async save(values: ProfileValues, now: string): Promise<void> {
    await this.db
      .insertInto("alumni_profiles")
      .values({ id: newId(), ...values, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column("owner_id").doUpdateSet({ ...values, updated_at: now }))
      .execute();
  }

  /** Removes my profile and the requests I received; false if I had no profile. */
  async remove(): Promise<boolean> {
    await this.db.deleteFrom("alumni_requests").execute();
    const result = await this.db.deleteFrom("alumni_profiles").executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The published profiles of the centre that match every filter given (words within). */
  search(filters: DirectoryFilters, limit: number): Promise<EntryRow[]> {
    let query = this.shared
      .selectFrom("alumni_profiles as p")
      .innerJoin("users as u", "u.id", "p.owner_id")
      .select([...PROFILE_COLUMNS, "p.owner_id", "u.name", "u.email"])
      .where("p.published", "=", 1);
    if (filters.topic) query = query.where(contains("p.topics", filters.topic));
    if (filters.organization) query = query.where(contains("p.organization", filters.organization));
    if (filters.role) query = query.where(contains("p.role", filters.role));
    return query.orderBy("u.name").orderBy("p.id").limit(limit).execute();
  }

  /** One published profile of the centre (mine included), by its id. */
  published(id: string): Promise<EntryRow | undefined> {
    return this.shared
      .selectFrom("alumni_profiles as p")
      .innerJoin("users as u", "u.id", "p.owner_id")
      .select([...PROFILE_COLUMNS, "p.owner_id", "u.name", "u.email"])
      .where("p.id", "=", id)
      .where("p.published", "=", 1)
      .executeTakeFirst();
  }

  /**
   * Holds a published profile until the end of the transaction, so that two people asking at
   * once cannot both take the last request of the month (PostgreSQL; SQLite writes one at a time).
   */
  async lockPublished(id: string): Promise<void> {
    if (this.scope.dialect !== "postgres") return;
    await this.shared
      .selectFrom("alumni_profiles")
      .select("id")
      .where("id", "=", id)
      .where("published", "=", 1)
      .forUpdate()
      .execute();
  }

  /** How many requests each of these people received in the month. */
  async requestCounts(ownerIds: readonly string[], month: string): Promise<Map<string, number>> {
    if (ownerIds.length === 0) return new Map();
    const rows = await this.shared
      .selectFrom("alumni_requests")
      .select(["owner_id"])
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("owner_id", "in", ownerIds)
      .where("month", "=", month)
      .groupBy("owner_id")
      .execute();
    return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
  }

  /** Which of these people I asked in the month. */
  async askedByMe(ownerIds: readonly string[], month: string): Promise<Set<string>> {
    if (ownerIds.length === 0) return new Set();
    const rows = await this.shared
      .selectFrom("alumni_requests")
      .select("owner_id")
      .where("owner_id", "in", ownerIds)
      .where("requester_id", "=", this.me)
      .where("month", "=", month)
      .execute();
    return new Set(rows.map((r) => r.owner_id));
  }

  /** Records my request to this person for the month; false if I already asked them this month. */
  async recordRequest(ownerId: string, month: string, now: string): Promise<boolean> {
    const result = await this.shared
      .insertInto("alumni_requests")
      .values({ id: newId(), owner_id: ownerId, requester_id: this.me, month, at: now })
      .onConflict((oc) => oc.columns(["owner_id", "month", "requester_id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
}

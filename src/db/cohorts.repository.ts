// Cohorts as the signed-in person sees them. These tables are the centre's, not one owner's, so
// every query here names the person itself: an advisor reaches only the cohorts they lead (and
// the memberships in them), a student only their own memberships and the reads about them.
import type { CentreRole, Sharing } from "../core/cohort.schema.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";

export interface CohortRow {
  id: string;
  name: string;
  invite_code: string;
  created_at: string;
}

export interface MembershipRow {
  cohort_id: string;
  name: string;
  sharing: Sharing;
  joined_at: string;
  created_at: string;
}

export interface MemberRow {
  student_id: string;
  sharing: Sharing;
  joined_at: string;
}

export class CohortsRepository extends Repository {
  private get me(): string {
    return this.scope.ownerId;
  }

  async role(): Promise<CentreRole> {
    const row = await this.db
      .selectFrom("centre_roles")
      .select("role")
      .where("user_id", "=", this.me)
      .executeTakeFirst();
    return (row?.role as CentreRole | undefined) ?? "student";
  }

  async create(name: string, inviteCode: string, now: string): Promise<CohortRow> {
    const row = {
      id: newId(),
      name,
      advisor_id: this.me,
      invite_code: inviteCode,
      created_at: now,
      archived_at: null,
    };
    await this.db.insertInto("cohorts").values(row).execute();
    return row;
  }

  /** The cohorts I lead, with how many members each has. */
  async led(): Promise<(CohortRow & { members: number })[]> {
    const rows = await this.db
      .selectFrom("cohorts as c")
      .leftJoin("cohort_members as m", "m.cohort_id", "c.id")
      .select(["c.id", "c.name", "c.invite_code", "c.created_at"])
      .select((eb) => eb.fn.count<number>("m.student_id").as("members"))
      .where("c.advisor_id", "=", this.me)
      .where("c.archived_at", "is", null)
      .groupBy(["c.id", "c.name", "c.invite_code", "c.created_at"])
      .orderBy("c.created_at", "desc")
      .execute();
    return rows.map((r) => ({ ...r, members: Number(r.members) }));
  }

  /** A cohort I lead, or undefined (someone else's cohort is not found). */
  ledCohort(id: string): Promise<CohortRow | undefined> {
    return this.db
      .selectFrom("cohorts")
      .select(["id", "name", "invite_code", "created_at"])
      .where("id", "=", id)
      .where("advisor_id", "=", this.me)
      .executeTakeFirst();
  }

  /** The members of a cohort I lead, in the order they joined. */
  members(cohortId: string): Promise<MemberRow[]> {
    return this.db
      .selectFrom("cohort_members as m")
      .innerJoin("cohorts as c", "c.id", "m.cohort_id")
      .select(["m.student_id", "m.sharing", "m.joined_at"])
      .where("m.cohort_id", "=", cohortId)
      .where("c.advisor_id", "=", this.me)
      .orderBy("m.joined_at")
      .orderBy("m.student_id")
      .execute() as Promise<MemberRow[]>;
  }

  byInviteCode(code: string): Promise<(Pick<CohortRow, "id" | "name"> & { advisor_id: string }) | undefined> {
    return this.db
      .selectFrom("cohorts")
      .select(["id", "name", "advisor_id"])
      .where("invite_code", "=", code)
      .where("archived_at", "is", null)
      .executeTakeFirst();
  }

  /** The cohorts I joined, with what I share. */
  memberships(): Promise<MembershipRow[]> {
    return this.db
      .selectFrom("cohort_members as m")
      .innerJoin("cohorts as c", "c.id", "m.cohort_id")
      .select(["m.cohort_id", "c.name", "m.sharing", "m.joined_at", "c.created_at"])
      .where("m.student_id", "=", this.me)
      .orderBy("m.joined_at", "desc")
      .execute() as Promise<MembershipRow[]>;
  }

  async join(cohortId: string, sharing: Sharing, now: string): Promise<void> {
    await this.db
      .insertInto("cohort_members")
      .values({ cohort_id: cohortId, student_id: this.me, sharing, joined_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(["cohort_id", "student_id"]).doUpdateSet({ sharing, updated_at: now }))
      .execute();
  }

  /** Changes what I share with a cohort; false if I am not in it. */
  async setSharing(cohortId: string, sharing: Sharing, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable("cohort_members")
      .set({ sharing, updated_at: now })
      .where("cohort_id", "=", cohortId)
      .where("student_id", "=", this.me)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async leave(cohortId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("cohort_members")
      .where("cohort_id", "=", cohortId)
      .where("student_id", "=", this.me)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Records that I (an advisor) read these students' figures in a cohort I lead. */
  async recordReads(
    cohortId: string,
    studentIds: readonly string[],
    what: string,
    now: string,
  ): Promise<void> {
    if (studentIds.length === 0) return;
    await this.db
      .insertInto("advisor_reads")
      .values(
        studentIds.map((student_id) => ({
          id: newId(),
          cohort_id: cohortId,
          student_id,
          advisor_id: this.me,
          what,
          at: now,
        })),
      )
      .execute();
  }

  /** Every read of my figures by an advisor, newest first. */
  readsAboutMe(
    limit: number,
  ): Promise<{ cohort_name: string; advisor_id: string; what: string; at: string }[]> {
    return this.db
      .selectFrom("advisor_reads as r")
      .innerJoin("cohorts as c", "c.id", "r.cohort_id")
      .select(["c.name as cohort_name", "r.advisor_id", "r.what", "r.at"])
      .where("r.student_id", "=", this.me)
      .orderBy("r.at", "desc")
      .limit(limit)
      .execute();
  }

  /** Removes everything of mine in the centre's tables (account deletion). */
  async forgetMe(): Promise<void> {
    await this.db
      .deleteFrom("advisor_reads")
      .where((eb) => eb.or([eb("student_id", "=", this.me), eb("advisor_id", "=", this.me)]))
      .execute();
    await this.db.deleteFrom("cohort_members").where("student_id", "=", this.me).execute();
    await this.db.deleteFrom("cohorts").where("advisor_id", "=", this.me).execute();
    await this.db.deleteFrom("centre_roles").where("user_id", "=", this.me).execute();
  }
}

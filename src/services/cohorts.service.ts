// Cohorts at a career centre: an advisor creates one and shares its invitation; a student joins
// and decides what the advisor may see, and can change that or leave at any time; the advisor
// reads the figures of those who share, and every such read is recorded for the student to see.
import { randomBytes } from "node:crypto";
import type {
  AdvisorRead,
  CentreRole,
  Cohort,
  CohortInvitation,
  CohortProgress,
  Sharing,
  StudentFigures,
} from "../core/cohort.schema.js";
import { cohortProgress, type SharedMember } from "../core/cohort-progress.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../core/errors.js";
import { thankYouDueAt } from "../core/thank-you.js";
import { getAgenda } from "./agenda.service.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";

/** Opens a student's own context (their owner-scoped repositories), by id. */
export type StudentContext = (userId: string) => Promise<ServiceContext | undefined>;

const STAFF = new Set(["admin", "advisor"]);

async function requireStaff(ctx: ServiceContext): Promise<void> {
  if (!STAFF.has(await ctx.repos.cohorts.role()))
    throw new ForbiddenError("Only the centre's advisors can create cohorts and read their progress.");
}

export async function createCohort(ctx: ServiceContext, input: { name: string }): Promise<Cohort> {
  await requireStaff(ctx);
  const row = await ctx.repos.cohorts.create(input.name, randomBytes(9).toString("base64url"), nowIso(ctx));
  return {
    id: row.id,
    name: row.name,
    inviteCode: row.invite_code,
    mySharing: null,
    joinedAt: null,
    members: 0,
    createdAt: row.created_at,
  };
}

/** The cohorts I lead (with their invitation codes) and those I joined (with what I share). */
export async function listCohorts(ctx: ServiceContext): Promise<Cohort[]> {
  const [led, joined] = await Promise.all([ctx.repos.cohorts.led(), ctx.repos.cohorts.memberships()]);
  return [
    ...led.map((c) => ({
      id: c.id,
      name: c.name,
      inviteCode: c.invite_code,
      mySharing: null,
      joinedAt: null,
      members: c.members,
      createdAt: c.created_at,
    })),
    ...joined.map((m) => ({
      id: m.cohort_id,
      name: m.name,
      inviteCode: null,
      mySharing: m.sharing,
      joinedAt: m.joined_at,
      members: null,
      createdAt: m.created_at,
    })),
  ];
}

export async function joinCohort(
  ctx: ServiceContext,
  input: { code?: string | undefined; token?: string | undefined; sharing: Sharing },
): Promise<Cohort> {
  return withTransaction(ctx, async (tx) => {
    const cohort = await tx.repos.cohorts.byInviteCode(input.code ?? input.token ?? "");
    if (!cohort)
      throw new ValidationError(
        "No cohort has this invitation code: check the link with your advisor.",
        "code",
      );
    if (cohort.advisor_id === tx.user.id)
      throw new ValidationError("You lead this cohort; students join it.", "code");
    await tx.repos.cohorts.join(cohort.id, input.sharing, nowIso(tx));
    const mine = (await tx.repos.cohorts.memberships()).find((m) => m.cohort_id === cohort.id);
    return {
      id: cohort.id,
      name: cohort.name,
      inviteCode: null,
      mySharing: input.sharing,
      joinedAt: mine?.joined_at ?? nowIso(tx),
      members: null,
      createdAt: mine?.created_at ?? nowIso(tx),
    };
  });
}

/** The invitation link of a cohort I lead, on the app's public address. */
export async function cohortInvitation(
  ctx: ServiceContext,
  cohortId: string,
  publicUrl: string,
): Promise<CohortInvitation> {
  const cohort = STAFF.has(await ctx.repos.cohorts.role())
    ? await ctx.repos.cohorts.ledCohort(cohortId)
    : undefined;
  if (!cohort) throw new NotFoundError("cohort", cohortId);
  const url = new URL("/cohorts/join", publicUrl);
  url.searchParams.set("token", cohort.invite_code);
  return { token: cohort.invite_code, url: url.toString() };
}

/** Whether this is a centre (hosted mode), and my role in it. */
export async function centreMe(ctx: ServiceContext): Promise<{ hosted: boolean; role: CentreRole }> {
  return { hosted: Boolean(ctx.hosted), role: ctx.hosted ? await ctx.repos.cohorts.role() : "student" };
}

export async function setSharing(ctx: ServiceContext, cohortId: string, sharing: Sharing): Promise<void> {
  if (!(await ctx.repos.cohorts.setSharing(cohortId, sharing, nowIso(ctx))))
    throw new NotFoundError("cohort", cohortId);
}

export async function leaveCohort(ctx: ServiceContext, cohortId: string): Promise<void> {
  if (!(await ctx.repos.cohorts.leave(cohortId))) throw new NotFoundError("cohort", cohortId);
}

/** A student's figures, read through their own owner-scoped repositories: counts only. */
export async function studentFigures(student: ServiceContext): Promise<StudentFigures> {
  const now = student.clock.now();
  const [counts, agenda] = await Promise.all([student.repos.progress.counts(), getAgenda(student)]);
  const items = agenda.sections.flatMap((section) => section.items);
  const overdue = (kind: string) =>
    items.filter((item) => item.kind === kind && item.dueAt !== null && new Date(item.dueAt) < now).length;
  const onTime = counts.thanked.filter(
    (t) =>
      new Date(t.thankedAt) <=
      thankYouDueAt({
        scheduledAt: t.scheduledAt,
        durationMinutes: t.durationMinutes,
        doneAt: t.doneAt ?? t.thankedAt,
        userZone: student.user.timeZone,
      }),
  ).length;
  return {
    requestsSent: counts.requestsSent,
    replies: counts.replies,
    conversationsHeld: counts.conversationsHeld,
    thankYousSent: counts.thanked.length,
    thankYousOnTime: onTime,
    thankYousOverdue: overdue("thank-you"),
    followUpsOverdue: overdue("follow-up"),
    goalsDecided: counts.goalsDecided,
    habit: { perWeek: agenda.habit.perWeek, thisWeek: agenda.habit.thisWeek },
    lastActivityAt: counts.lastActivityAt,
  };
}

/** The progress of a cohort I lead: the figures of each student who shares, and the funnel. */
export async function getCohortProgress(
  ctx: ServiceContext,
  cohortId: string,
  studentContext: StudentContext,
): Promise<CohortProgress> {
  // Someone who leads no cohort learns nothing, not even that this one exists: 404, as for any other id.
  const staff = STAFF.has(await ctx.repos.cohorts.role());
  const cohort = staff ? await ctx.repos.cohorts.ledCohort(cohortId) : undefined;
  if (!cohort) throw new NotFoundError("cohort", cohortId);
  const members = await ctx.repos.cohorts.members(cohortId);
  const shared: SharedMember[] = [];
  let notSharing = 0;
  for (const [position, member] of members.entries()) {
    if (member.sharing === "none") {
      notSharing++;
      continue;
    }
    const student = await studentContext(member.student_id);
    if (!student) continue;
    shared.push({
      name: student.user.name,
      sharing: member.sharing,
      joinedAt: member.joined_at,
      position,
      figures: await studentFigures(student),
    });
  }
  const read = members.filter((m) => m.sharing !== "none").map((m) => m.student_id);
  await ctx.repos.cohorts.recordReads(cohortId, read, "progress figures", nowIso(ctx));
  return cohortProgress({ id: cohort.id, name: cohort.name }, shared, notSharing, ctx.clock.now());
}

/** Every time an advisor read my figures. */
export async function readsAboutMe(
  ctx: ServiceContext,
  advisorName: (id: string) => Promise<string>,
): Promise<AdvisorRead[]> {
  const rows = await ctx.repos.cohorts.readsAboutMe(200);
  return Promise.all(
    rows.map(async (r) => ({
      cohortName: r.cohort_name,
      advisorName: await advisorName(r.advisor_id),
      what: r.what,
      at: r.at,
    })),
  );
}

// A career centre's cohorts, declared once: what an advisor and a student see, and what they send.
// A student decides what the cohort's advisor may see: nothing, counts only (the default), or
// counts with their name. Names of contacts, notes and messages are never shared.
import { z } from "zod";

const timestamp = z.string().meta({ format: "date-time", example: "2026-12-06T15:00:00.000Z" });

export const SHARING = ["none", "counts", "counts-and-name"] as const;
export type Sharing = (typeof SHARING)[number];
export const CENTRE_ROLES = ["admin", "advisor", "student"] as const;
export type CentreRole = (typeof CENTRE_ROLES)[number];

const sharing = z.enum(SHARING).meta({
  description:
    "What the cohort's advisor sees of me: none; counts (my figures under a pseudonym); counts-and-name",
});

export const CohortSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** Only for the advisor who leads it. */
    inviteCode: z.string().nullable(),
    /** My membership, for a student; null for the advisor. */
    mySharing: sharing.nullable(),
    joinedAt: timestamp.nullable(),
    members: z.number().int().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "Cohort" });
export type Cohort = z.infer<typeof CohortSchema>;

export const CohortCreate = z
  .object({ name: z.string().trim().min(1, "Give the cohort a name").max(120) })
  .meta({ id: "CohortCreate" });
export const CohortJoin = z
  .object({
    code: z.string().trim().min(1, "Paste the invitation code").max(100).optional(),
    /** The same code, as the invitation link's `token` names it. */
    token: z.string().trim().min(1, "Paste the invitation code").max(100).optional(),
    sharing: sharing.default("counts"),
  })
  .refine((v) => Boolean(v.code ?? v.token), { message: "Paste the invitation code", path: ["code"] })
  .meta({ id: "CohortJoin" });

/** The link an advisor shares: opening it signed in offers to join the cohort. */
export const CohortInvitationSchema = z
  .object({
    token: z.string(),
    url: z.string().meta({ example: "https://coffeechat.example.edu/cohorts/join?token=Xk3v9q" }),
  })
  .meta({ id: "CohortInvitation" });
export type CohortInvitation = z.infer<typeof CohortInvitationSchema>;

/** Who I am at the centre: whether this is a hosted centre at all, and my role there. */
export const CentreMeSchema = z
  .object({ hosted: z.boolean(), role: z.enum(CENTRE_ROLES) })
  .meta({ id: "CentreMe" });
export const SharingUpdate = z.object({ sharing }).meta({ id: "SharingUpdate" });

/** One student's figures: counts only, never a contact's name, a note or a message. */
export const StudentFiguresSchema = z
  .object({
    requestsSent: z.number().int(),
    replies: z.number().int(),
    conversationsHeld: z.number().int(),
    thankYousSent: z.number().int(),
    thankYousOnTime: z.number().int(),
    thankYousOverdue: z.number().int(),
    followUpsOverdue: z.number().int(),
    goalsDecided: z.number().int(),
    habit: z.object({ perWeek: z.number().int(), thisWeek: z.number().int() }),
    lastActivityAt: timestamp.nullable(),
  })
  .meta({ id: "StudentFigures" });
export type StudentFigures = z.infer<typeof StudentFiguresSchema>;

export const PROGRESS_FLAGS = ["no-activity-14-days", "thank-yous-overdue"] as const;
export type ProgressFlag = (typeof PROGRESS_FLAGS)[number];

export const CohortProgressSchema = z
  .object({
    cohort: z.object({ id: z.uuid(), name: z.string() }),
    /** Members who share nothing are not listed; only how many there are. */
    notSharing: z.number().int(),
    students: z.array(
      z.object({
        /** The student's name if they chose to share it, else a pseudonym stable within the cohort. */
        label: z.string(),
        named: z.boolean(),
        figures: StudentFiguresSchema,
        flags: z.array(z.enum(PROGRESS_FLAGS)),
      }),
    ),
    funnel: z.object({
      requestsSent: z.number().int(),
      replies: z.number().int(),
      conversationsHeld: z.number().int(),
      thankYousSent: z.number().int(),
      replyRate: z.number().nullable(),
      heldRate: z.number().nullable(),
    }),
  })
  .meta({ id: "CohortProgress" });
export type CohortProgress = z.infer<typeof CohortProgressSchema>;

export const AdvisorReadSchema = z
  .object({ cohortName: z.string(), advisorName: z.string(), what: z.string(), at: timestamp })
  .meta({ id: "AdvisorRead" });
export type AdvisorRead = z.infer<typeof AdvisorReadSchema>;

// What an advisor sees of a cohort: each consenting student's figures with flags that say who may
// need help, and the cohort's funnel. Pure: the figures and the time come in.
import type { CohortProgress, ProgressFlag, Sharing, StudentFigures } from "./cohort.schema.js";

/** Days without any recorded activity after which a student is flagged. */
export const QUIET_DAYS = 14;
const DAY = 86_400_000;

export function progressFlags(figures: StudentFigures, joinedAt: string, now: Date): ProgressFlag[] {
  const flags: ProgressFlag[] = [];
  const since = new Date(figures.lastActivityAt ?? joinedAt).getTime();
  if (now.getTime() - since >= QUIET_DAYS * DAY) flags.push("no-activity-14-days");
  if (figures.thankYousOverdue > 0) flags.push("thank-yous-overdue");
  return flags;
}

/** "Student 3": a pseudonym from the order of joining, the same at every read. */
export function pseudonym(position: number): string {
  return `Student ${position + 1}`;
}

export interface SharedMember {
  name: string;
  sharing: Exclude<Sharing, "none">;
  joinedAt: string;
  /** Place in the cohort by joining order (for the pseudonym). */
  position: number;
  figures: StudentFigures;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

export function cohortProgress(
  cohort: { id: string; name: string },
  members: readonly SharedMember[],
  notSharing: number,
  now: Date,
): CohortProgress {
  const total = (pick: (f: StudentFigures) => number) => members.reduce((sum, m) => sum + pick(m.figures), 0);
  const requestsSent = total((f) => f.requestsSent);
  const replies = total((f) => f.replies);
  const conversationsHeld = total((f) => f.conversationsHeld);
  return {
    cohort,
    notSharing,
    students: members.map((m) => ({
      label: m.sharing === "counts-and-name" ? m.name : pseudonym(m.position),
      named: m.sharing === "counts-and-name",
      figures: m.figures,
      flags: progressFlags(m.figures, m.joinedAt, now),
    })),
    funnel: {
      requestsSent,
      replies,
      conversationsHeld,
      thankYousSent: total((f) => f.thankYousSent),
      replyRate: rate(replies, requestsSent),
      heldRate: rate(conversationsHeld, requestsSent),
    },
  };
}

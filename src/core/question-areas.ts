// What a conversation's questions are about, in the order a talk naturally flows (DOMAIN.md,
// "Interview kinds and question areas"), and the TIARA variant's steps.

/** Question areas in their natural progressive order; asking for more people always comes last. */
export const QUESTION_AREAS = [
  "path",
  "day",
  "skills",
  "culture",
  "trends",
  "entry",
  "advice",
  "resources",
  "leads",
] as const;
export type QuestionArea = (typeof QUESTION_AREAS)[number];

export const AREA_LABELS: Record<QuestionArea, string> = {
  path: "Their path and role",
  day: "A typical day",
  skills: "Skills and training",
  culture: "Culture",
  trends: "Trends and the landscape",
  entry: "Ways in",
  advice: "Advice for me",
  resources: "Resources",
  leads: "More people to meet",
};

/** The structured variant: Trends, Insights, Advice, Resources, Assignments (things to try), in order. */
export const TIARA_STEPS = ["trends", "insights", "advice", "resources", "assignments"] as const;
export type TiaraStep = (typeof TIARA_STEPS)[number];

export const TIARA_LABELS: Record<TiaraStep, string> = {
  trends: "Trends",
  insights: "Insights",
  advice: "Advice",
  resources: "Resources",
  assignments: "Assignments (things to try)",
};

/** Where an area sits in the progression: 0 for "path" … 8 for "leads". */
export function areaIndex(area: QuestionArea): number {
  return QUESTION_AREAS.indexOf(area);
}

/** Where a TIARA step sits in its order: 0 for "trends" … 4 for "assignments". */
export function tiaraIndex(step: TiaraStep): number {
  return TIARA_STEPS.indexOf(step);
}

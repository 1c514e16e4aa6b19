// "Ways in": a warm path from the API in words, and the introduction it suggests asking for.
import type { PathRelation, PathStep } from "../../core/network-paths.js";
import { composeUrl } from "./outreach.js";

/** How a step is linked to the one before it, in words ("Introduced to you by Ana Lind"). */
export function relationInWords(step: PathStep, before: PathStep | undefined): string {
  const previous = before?.name ?? "them";
  const words: Record<PathRelation, string> = {
    met: "You have met",
    knows: "You know them",
    "introduced-by": `Introduced to you by ${previous}`,
    introduced: `Introduced you to ${previous}`,
    "works-at": step.organization
      ? `Works with ${previous} at ${step.organization}`
      : `Works with ${previous}`,
  };
  return words[step.relation];
}

export interface IntroductionAsk {
  /** Whom I ask: the first person of the path, whom I know. */
  ask: PathStep;
  /** Whom they could introduce me to: the next person of the path; null when I know the end already. */
  about: PathStep | null;
  /** The composer, with the intro-request template addressed to `ask` about `about`. */
  href: string;
}

/** The first move along a path: ask the person I know to introduce me to the next one. */
export function introductionAsk(path: readonly PathStep[]): IntroductionAsk | null {
  const [ask, about] = path;
  if (!ask) return null;
  if (!about) return { ask, about: null, href: composeUrl({ contactId: ask.contactId }) };
  return {
    ask,
    about,
    href: composeUrl({ contactId: ask.contactId, purpose: "intro-request", introduceTo: about.contactId }),
  };
}

/** "Ana" from "Ana Lind": how a button names someone. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

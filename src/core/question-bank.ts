// The built-in questions a user starts with, in our own words, grouped by area in the order a talk flows.
import type { ConversationKind } from "./conversation.js";
import { QUESTION_AREAS, type QuestionArea, type TiaraStep } from "./question-areas.js";

export interface QuestionText {
  builtinKey: string;
  area: QuestionArea;
  text: string;
  /** The conversation kinds it suits; empty = suits all. */
  kinds: ConversationKind[];
  tiara: TiaraStep | null;
  /** Order within the whole progression, lower first: (area order + 1) × 100 + position in the area. */
  weight: number;
}

/** A question before it is placed: key, text, kinds it suits (empty = all), TIARA step. */
type Draft = [key: string, text: string, kinds?: ConversationKind[], tiara?: TiaraStep];

const WORKPLACE: ConversationKind[] = ["company", "coworker"];
const CAREER: ConversationKind[] = ["person", "industry", "company", "coworker"];

const DRAFTS: Record<QuestionArea, Draft[]> = {
  path: [
    ["path-how-started", "How did you come to be doing the work you do now?", CAREER],
    ["path-current-role", "What does your role cover, and what are you responsible for day to day?", CAREER],
    ["path-drew-you", "What first drew you to this field?", ["person", "industry"]],
    ["path-turning-points", "Which decisions or turning points shaped your career the most?", ["person"]],
    [
      "path-do-differently",
      "If you were starting over, what would you do differently?",
      ["person", "industry"],
    ],
    [
      "path-mentors",
      "Who has mentored you along the way, and how did those relationships begin?",
      ["person"],
    ],
    ["path-leadership", "How did you move into leading others, and what surprised you about it?", ["person"]],
    ["path-joined", "What brought you to this organisation, and what keeps you here?", WORKPLACE],
    [
      "path-team-fit",
      "What does your team do, and how does it connect to the rest of the organisation?",
      WORKPLACE,
    ],
    [
      "path-programme-choice",
      "Why did you choose this programme, and what else did you weigh up?",
      ["programme"],
    ],
    [
      "path-programme-role",
      "How are you involved with the programme, as a student, graduate or staff?",
      ["programme"],
    ],
  ],
  day: [
    ["day-typical", "What does a typical day or week look like for you?", CAREER],
    [
      "day-time-split",
      "How does your time divide between meetings, focused work and time with others?",
      CAREER,
    ],
    ["day-alone-together", "How much of the work do you do on your own, and how much with a team?", CAREER],
    [
      "day-hours-travel",
      "What are the hours and the travel really like, and how predictable are they?",
      CAREER,
    ],
    ["day-enjoy", "Which parts of the work do you enjoy the most?"],
    [
      "day-hard-parts",
      "What are the hard or frustrating parts that people outside rarely see?",
      [],
      "insights",
    ],
    ["day-surprise", "What surprised you once you were actually doing the work?", [], "insights"],
    ["day-current-project", "What are you working on at the moment that you are excited about?", CAREER],
    ["day-programme-week", "What does an ordinary week in the programme look like?", ["programme"]],
    [
      "day-programme-load",
      "How heavy is the workload, and how do people balance it with the rest of life?",
      ["programme"],
    ],
  ],
  skills: [
    ["skills-most-important", "Which skills matter most for doing this work well?", CAREER],
    ["skills-education", "What education or training did you need, and what would you call essential today?"],
    [
      "skills-certifications",
      "Are there certifications or courses that people in the field really respect?",
      ["person", "industry"],
    ],
    ["skills-traits", "What personal qualities help someone thrive here, and what makes people struggle?"],
    [
      "skills-on-the-job",
      "What did you only learn on the job, that no course could have taught you?",
      CAREER,
      "insights",
    ],
    ["skills-my-gaps", "Looking at my background, which skills would I most need to build?", [], "advice"],
    ["skills-hiring-looks-for", "When your team hires, what does it look for?", WORKPLACE],
    [
      "skills-programme-background",
      "What background do the people who do well in the programme usually bring?",
      ["programme"],
    ],
    ["skills-programme-gain", "Which skills did the programme really give you?", ["programme"]],
  ],
  culture: [
    [
      "culture-describe",
      "How would you describe the culture where you work?",
      ["person", "company", "coworker"],
    ],
    [
      "culture-decisions",
      "How are decisions made, and how much say do people at your level have?",
      WORKPLACE,
    ],
    ["culture-fit", "What kind of person does well here, and who tends to find it hard?", WORKPLACE],
    ["culture-growth", "How do people grow and get promoted here?", ["person", "company", "coworker"]],
    ["culture-balance", "How is work–life balance treated in practice, not just on paper?", CAREER],
    [
      "culture-unwritten-rules",
      "Are there unwritten rules in this field that a newcomer should know?",
      ["person", "industry"],
      "insights",
    ],
    [
      "culture-collaboration",
      "Which teams do you work with most, and where could our teams help each other?",
      ["coworker"],
    ],
    ["culture-programme-community", "What is the community like among students and staff?", ["programme"]],
    [
      "culture-programme-support",
      "How much support do students get from supervisors and the department?",
      ["programme"],
    ],
  ],
  trends: [
    [
      "trends-growing",
      "Is this field growing, shrinking or changing shape?",
      ["person", "industry", "company"],
      "trends",
    ],
    ["trends-next-years", "How do you expect the work to change over the next five years?", [], "trends"],
    [
      "trends-tools",
      "Which new tools or technologies are changing how the work gets done?",
      CAREER,
      "trends",
    ],
    [
      "trends-challenges",
      "What are the biggest challenges your organisation or field faces right now?",
      CAREER,
      "trends",
    ],
    [
      "trends-players",
      "Which organisations or groups are doing the most interesting work in this area?",
      ["person", "industry"],
      "insights",
    ],
    [
      "trends-company-direction",
      "Where is the organisation heading, and which teams are growing?",
      WORKPLACE,
      "trends",
    ],
    [
      "trends-lingo",
      "Which terms or jargon should I understand to follow conversations in this field?",
      ["industry"],
      "insights",
    ],
    [
      "trends-programme-change",
      "How has the programme changed recently, and where is it heading?",
      ["programme"],
      "trends",
    ],
  ],
  entry: [
    ["entry-routes", "What are the usual ways people get into this line of work?", ["person", "industry"]],
    ["entry-openings", "Where do openings usually turn up: job boards, referrals, or word of mouth?", CAREER],
    [
      "entry-hiring-process",
      "What does the hiring process look like here, from first contact to offer?",
      WORKPLACE,
    ],
    [
      "entry-first-role",
      "What kind of first role would make sense for someone with my background?",
      CAREER,
      "advice",
    ],
    ["entry-stand-out", "What makes a candidate stand out to you?", CAREER],
    ["entry-internal-moves", "How do people move between teams inside the organisation?", WORKPLACE],
    [
      "entry-programme-admissions",
      "What does the programme really look at when it admits people?",
      ["programme"],
    ],
    ["entry-programme-after", "Where do people from the programme usually go afterwards?", ["programme"]],
  ],
  advice: [
    ["advice-in-my-place", "If you were in my position, what would your next step be?", [], "advice"],
    [
      "advice-my-background",
      "How do you think my background would be seen in this field?",
      ["person", "industry", "company"],
      "advice",
    ],
    ["advice-wish-known", "What do you wish someone had told you when you were starting out?", [], "advice"],
    ["advice-avoid", "What mistakes do newcomers often make that I could avoid?"],
    [
      "advice-try-small",
      "Is there a small project I could try to find out whether this work suits me?",
      CAREER,
      "assignments",
    ],
    [
      "advice-next-month",
      "What could I do in the next month to test whether this path is right for me?",
      [],
      "assignments",
    ],
    [
      "advice-practise-now",
      "Which skill could I start practising now that would make the biggest difference?",
      [],
      "assignments",
    ],
    [
      "advice-programme-apply",
      "What would you tell someone thinking of applying to this programme?",
      ["programme"],
      "advice",
    ],
    [
      "advice-coworker-help",
      "Is there something I could do in my role that would make your work easier?",
      ["coworker"],
    ],
  ],
  resources: [
    ["resources-follow", "What do you read, listen to or follow to keep up with the field?", [], "resources"],
    [
      "resources-associations",
      "Which professional associations or communities are worth joining?",
      CAREER,
      "resources",
    ],
    [
      "resources-events",
      "Are there conferences, meetups or events you would suggest I go to?",
      [],
      "resources",
    ],
    ["resources-courses", "Is there a book, course or training you would recommend?", [], "resources"],
    [
      "resources-internal",
      "Are there internal groups, channels or documents I should know about?",
      WORKPLACE,
      "resources",
    ],
    [
      "resources-programme",
      "Which resources helped you most while you were in the programme?",
      ["programme"],
      "resources",
    ],
    [
      "resources-taste",
      "Is there an event, volunteer role or short project where I could get a taste of the work?",
      [],
      "assignments",
    ],
  ],
  leads: [
    ["leads-help-back", "Is there anything I could help you with, or keep an eye out for?"],
    ["leads-keep-posted", "Would you mind if I kept you posted on how things go?"],
    [
      "leads-few-years-ahead",
      "Do you know someone a few years ahead of me on this path whom I could learn from?",
      ["person", "industry"],
    ],
    [
      "leads-other-side",
      "Is there someone on another team who sees a different side of the organisation?",
      WORKPLACE,
    ],
    [
      "leads-programme-people",
      "Could you suggest a current student or recent graduate I might talk to?",
      ["programme"],
    ],
    ["leads-who-else", "Who else do you think I should talk to?"],
    ["leads-mention-name", "May I mention that you suggested I get in touch?"],
  ],
};

/** Every built-in question, in progression order (lowest weight first). */
export const BUILTIN_QUESTIONS: readonly QuestionText[] = QUESTION_AREAS.flatMap((area, i) =>
  DRAFTS[area].map(
    ([builtinKey, text, kinds = [], tiara = null], position): QuestionText => ({
      builtinKey,
      area,
      text,
      kinds,
      tiara,
      weight: (i + 1) * 100 + position + 1,
    }),
  ),
);

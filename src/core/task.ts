export const TASK_KINDS = ["promise", "prep", "follow-up", "thank-you", "stay-in-touch", "other"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type { Task } from "./task.schema.js";

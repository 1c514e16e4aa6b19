// A task's shape, declared once: its type, the API's answer, and what may be sent to add, change
// and list tasks.
import { z } from "zod";
import { boundedIsoTime } from "./bounded-time.js";
import { TASK_KINDS } from "./task.js";

const timestamp = z.string().meta({ format: "date-time", example: "2026-11-24T15:00:00.000Z" });

/** Something I have to do: often a promise made in a conversation ("send them the paper"). */
export const TaskSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(TASK_KINDS),
    title: z.string(),
    notes: z.string(),
    dueAt: timestamp.nullable(),
    done: z.boolean(),
    doneAt: timestamp.nullable(),
    contactId: z.uuid().nullable(),
    contactName: z.string().nullable(),
    conversationId: z.uuid().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Task" });
export type Task = z.infer<typeof TaskSchema>;

/** What a task row holds, as the repository takes it. */
export type TaskValues = Pick<
  Task,
  "kind" | "title" | "notes" | "dueAt" | "doneAt" | "contactId" | "conversationId"
> & {
  snoozedUntil: string | null;
  goalId: string | null;
};

const isoTime = boundedIsoTime({ offset: true, error: "dueAt must be an ISO-8601 time." });

export const TaskCreateInput = z
  .object({
    title: z
      .string({ error: (i) => (i.input === undefined ? "title is required." : "title must be text.") })
      .trim()
      .min(1, "title is required.")
      .max(300, "title is longer than 300 characters."),
    notes: z.string().max(10_000).optional(),
    kind: z.enum(TASK_KINDS, { error: `kind is one of ${TASK_KINDS.join(", ")}.` }).optional(),
    dueAt: isoTime.nullable().optional(),
    contactId: z.uuid("contactId must be a contact id.").nullable().optional(),
    conversationId: z.uuid("conversationId must be a conversation id.").nullable().optional(),
  })
  .meta({ id: "TaskCreate" });
export type TaskCreateInput = z.infer<typeof TaskCreateInput>;

export const TaskUpdateInput = z
  .object({
    title: z.string().trim().min(1, "title cannot be empty.").max(300).optional(),
    notes: z.string().max(10_000).optional(),
    dueAt: isoTime.nullable().optional(),
    done: z.boolean({ error: "done is true or false." }).optional(),
  })
  .meta({ id: "TaskUpdate" });
export type TaskUpdateInput = z.infer<typeof TaskUpdateInput>;

export const TaskListQuery = z.object({
  done: z.enum(["true", "false", "all"]).optional(),
  contactId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

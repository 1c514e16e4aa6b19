// The centre's alumni directory, declared once: an alum's own profile (what they send and see),
// a directory entry (what other members of the centre see) and the search.
import { z } from "zod";

const timestamp = z.string().meta({ format: "date-time", example: "2026-12-06T15:00:00.000Z" });

export const ALUMNI_FORMATS = ["coffee", "video", "email"] as const;
export type AlumniFormat = (typeof ALUMNI_FORMATS)[number];
export const FORMAT_LABELS: Record<AlumniFormat, string> = {
  coffee: "Coffee",
  video: "Video call",
  email: "E-mail",
};

const topic = z
  .string()
  .trim()
  .min(1, "A topic cannot be empty.")
  .max(60, "A topic has at most 60 characters.");

export const AlumniProfileInput = z
  .object({
    role: z
      .string({ error: "Say what you do (your role)." })
      .trim()
      .min(1, "Say what you do (your role).")
      .max(120, "The role has at most 120 characters."),
    organization: z
      .string()
      .trim()
      .max(200, "The organisation has at most 200 characters.")
      .nullable()
      .optional()
      .transform((v) => (v ? v : null)),
    about: z
      .string()
      .trim()
      .max(500, "A few lines about you: at most 500 characters.")
      .nullable()
      .optional()
      .transform((v) => (v ? v : null)),
    topics: z
      .array(topic, { error: "Topics must be a list." })
      .min(1, "Name at least one topic you are glad to talk about.")
      .max(20, "At most 20 topics."),
    formats: z
      .array(z.enum(ALUMNI_FORMATS, { error: "A format is coffee, video or email." }), {
        error: "Formats must be a list.",
      })
      .min(1, "Choose at least one format: coffee, video or email."),
    monthlyLimit: z
      .number({ error: "Requests a month must be a number." })
      .int("Requests a month is a whole number.")
      .min(1, "Welcome at least 1 request a month, or pause your profile instead.")
      .max(50, "At most 50 requests a month."),
    /** False pauses the profile: it stays saved but nobody finds it. */
    published: z.boolean({ error: "Published is true or false." }).default(true),
  })
  .meta({ id: "AlumniProfileInput" });
export type AlumniProfileInput = z.input<typeof AlumniProfileInput>;

/** My own profile, as I edit it. */
export const AlumniProfileSchema = z
  .object({
    id: z.uuid(),
    role: z.string(),
    organization: z.string().nullable(),
    about: z.string().nullable(),
    topics: z.array(z.string()),
    formats: z.array(z.enum(ALUMNI_FORMATS)),
    monthlyLimit: z.number().int(),
    published: z.boolean(),
    requestsThisMonth: z.number().int(),
    updatedAt: timestamp,
  })
  .meta({ id: "AlumniProfile" });
export type AlumniProfile = z.infer<typeof AlumniProfileSchema>;

/** One person in the directory, as the other members of the centre see them. */
export const AlumniEntrySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.string(),
    organization: z.string().nullable(),
    about: z.string().nullable(),
    topics: z.array(z.string()),
    formats: z.array(z.enum(ALUMNI_FORMATS)),
    monthlyLimit: z.number().int(),
    requestsThisMonth: z.number().int(),
    /** At their monthly limit: they welcome no more requests until next month. */
    resting: z.boolean(),
    /** This is my own profile. */
    mine: z.boolean(),
    /** I already asked them this month. */
    askedThisMonth: z.boolean(),
  })
  .meta({ id: "AlumniEntry" });
export type AlumniEntry = z.infer<typeof AlumniEntrySchema>;

export const AlumniSearch = z.object({
  topic: z.string().trim().max(60).optional(),
  organization: z.string().trim().max(200).optional(),
  role: z.string().trim().max(120).optional(),
});
export type AlumniSearch = z.infer<typeof AlumniSearch>;

export const AlumniDirectorySchema = z
  .object({
    /** False in local mode: the directory lives on a career centre's hosted coffeechat. */
    available: z.boolean(),
    items: z.array(AlumniEntrySchema),
  })
  .meta({ id: "AlumniDirectory" });
export type AlumniDirectory = z.infer<typeof AlumniDirectorySchema>;

export const AlumniContactResultSchema = z
  .object({ contactId: z.uuid(), entry: AlumniEntrySchema })
  .meta({ id: "AlumniContactResult" });

/** The UTC month of a moment, "2026-12": requests are counted per month. */
export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** Whether someone is at their monthly limit. */
export function isResting(requestsThisMonth: number, monthlyLimit: number): boolean {
  return requestsThisMonth >= monthlyLimit;
}

// My settings and my mail settings, declared once: the types every face uses, what the API answers
// (and documents in OpenAPI), and what people may send to change them.
import { z } from "zod";
import { boundedIsoDate } from "./bounded-time.js";
import { isTimeZone } from "./contact-fields.js";
import { DATE_ORDERS, TIME_FORMATS } from "./date-style.js";

/** Who I am (name, time zone, intro) and how I practise (holidays, windows, habit, follow-ups). */
export const SettingsSchema = z
  .object({
    name: z.string(),
    timeZone: z.string(),
    /** A short introduction of myself, for preparation sheets. */
    intro: z.string(),
    /** Local dates that are not business days, "YYYY-MM-DD". */
    holidays: z.array(z.string()),
    sendWindows: z.array(z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string() })),
    /** Conversations a week to aim for. */
    habitPerWeek: z.number().int(),
    followUp: z.object({
      checkAfterDays: z.number().int(),
      nudgeAfterDays: z.number().int(),
      maxNudges: z.number().int(),
    }),
    /** How dates and times are written in the app, the server's texts and the CLI. */
    dateStyle: z.object({ time: z.enum(TIME_FORMATS), dates: z.enum(DATE_ORDERS) }).meta({
      description:
        'time: "24h", "12h" or "auto"; dates: "day-month", "month-day" or "auto" ("auto" follows the browser, and British English elsewhere)',
    }),
  })
  .meta({ id: "Settings" });
export type Settings = z.infer<typeof SettingsSchema>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day is HH:MM, e.g. 08:30");

export const SettingsInput = z
  .object({
    name: z.string().trim().min(1, "name cannot be empty.").max(100).optional(),
    timeZone: z
      .string()
      .refine(isTimeZone, "timeZone must be an IANA time zone such as Europe/Paris.")
      .optional(),
    intro: z.string().max(5000).optional(),
    holidays: z.array(boundedIsoDate("holidays are dates, YYYY-MM-DD.")).max(366).optional(),
    sendWindows: z
      .array(
        z
          .object({
            days: z.array(z.number().int().min(1).max(7, "days are 1 (Monday) to 7 (Sunday).")).min(1).max(7),
            from: hhmm,
            to: hhmm,
          })
          .refine((w) => w.from < w.to, "a window's from is before its to."),
      )
      .min(1, "keep at least one sending window.")
      .max(14)
      .optional(),
    habitPerWeek: z.number().int().min(1, "at least one conversation a week.").max(14).optional(),
    followUp: z
      .object({
        checkAfterDays: z.number().int().min(1).max(20),
        nudgeAfterDays: z.number().int().min(2).max(30),
        maxNudges: z.number().int().min(0).max(5),
      })
      .refine((f) => f.checkAfterDays < f.nudgeAfterDays, "check for a reply before nudging.")
      .optional(),
    dateStyle: z
      .object({
        time: z.enum(TIME_FORMATS, { error: `dateStyle.time is one of ${TIME_FORMATS.join(", ")}.` }),
        dates: z.enum(DATE_ORDERS, { error: `dateStyle.dates is one of ${DATE_ORDERS.join(", ")}.` }),
      })
      .optional(),
  })
  .meta({ id: "SettingsUpdate" });
export type SettingsInput = z.infer<typeof SettingsInput>;

/** The mail server my messages go through, as the API shows it: never with its password. */
export const MailSettingsSchema = z
  .object({
    configured: z.boolean(),
    /** Where the server comes from: Settings, the environment (COFFEECHAT_SMTP_URL), or nowhere. */
    source: z.enum(["settings", "environment"]).nullable(),
    /** The server's address with its password hidden. */
    server: z.string().nullable().meta({ description: "The server's address, password hidden" }),
    from: z.string().nullable(),
  })
  .meta({ id: "MailSettings" });
export type MailSettings = z.infer<typeof MailSettingsSchema>;

const mailbox = /^(?:[^<>]*<[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+)$/;

export const MailSettingsInput = z
  .object({
    smtpUrl: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .optional()
      .describe("smtp://user:password@host:port or smtps://…; null forgets it (the environment's is used)"),
    from: z
      .string()
      .trim()
      .max(300)
      .refine(
        (v) => v === "" || mailbox.test(v),
        'from must be an e-mail address, e.g. "Ada Lovelace <ada@example.org>".',
      )
      .nullable()
      .optional(),
  })
  .meta({ id: "MailSettingsUpdate" });
export type MailSettingsInput = z.infer<typeof MailSettingsInput>;

/** A test mail, to the sender's own address unless `to` is given. */
export const MailTestInput = z
  .object({ to: z.email("to must be an e-mail address.").optional() })
  .meta({ id: "MailTest" });
export type MailTestInput = z.infer<typeof MailTestInput>;

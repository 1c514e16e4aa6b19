// `coffeechat check`, `coffeechat send` and `coffeechat outbox`.
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { DateTime } from "luxon";
import { dayAndTime, textDateStyle } from "../core/date-style.js";
import { ValidationError } from "../core/errors.js";
import { PURPOSES } from "../core/message.js";
import { checkOutreach } from "../core/outreach-checks.js";
import { createMessage, listMessages } from "../services/messages.service.js";
import { outboxDeps } from "../services/outbox.service.js";
import { OutboxWorker } from "../services/outbox-worker.js";
import { getSettings } from "../services/settings.service.js";
import { printChecks } from "./checks-output.js";
import { printJson, stdout, table } from "./output.js";
import { withContext, withRuntime } from "./session.js";

/** A body from a file, or standard input for "-". */
function readBody(file: string): string {
  return readFileSync(file === "-" ? 0 : file, "utf8");
}

export function checkCommand(): Command {
  return new Command("check")
    .description(
      "check a draft before sending: length, connection, one clear ask, time, formats, no job request",
    )
    .argument("<file>", "the draft's text, or - for standard input")
    .addOption(
      new Option("--channel <channel>", "where it goes").choices(["email", "linkedin"]).default("email"),
    )
    .option("--subject <subject>", "the e-mail's subject")
    .option("--json", "print JSON: { checks }")
    .action((file: string, options) => {
      const checks = checkOutreach({
        channel: options.channel,
        subject: options.subject,
        body: readBody(file),
      });
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, { checks });
      printChecks(out, checks);
      if (checks.some((c) => c.level === "fail")) process.exitCode = 1;
    });
}

export function sendCommand(): Command {
  return new Command("send")
    .description("send an e-mail to a contact now, or put it in the outbox for a time (the server sends it)")
    .argument("<contact-id>", "the contact's id")
    .requiredOption("--subject <subject>", "the subject")
    .requiredOption("--body <file>", "the text, from a file or - for standard input")
    .option("--at <when>", 'send at this time, e.g. "2026-11-24 08:30" (this machine\'s time); default: now')
    .option("--conversation <id>", "the conversation it belongs to")
    .addOption(new Option("--purpose <purpose>", "what it is").choices([...PURPOSES]).default("request"))
    .option("--to <address>", "the address, if not the contact's first e-mail")
    .option("--json", "print JSON: the message")
    .action(async (contactId: string, options) => {
      let sendAt: string | undefined;
      if (options.at) {
        const parsed = DateTime.fromISO(String(options.at).trim().replace(" ", "T"));
        if (!parsed.isValid)
          throw new ValidationError(`--at: "${options.at}" is not a date and time.`, "sendAt");
        sendAt = parsed.toUTC().toISO() ?? undefined;
      }
      const [message, settings] = await withRuntime(async (runtime) => {
        const ctx = runtime.local;
        // Sending now happens in this process; a later time is the running server's outbox's job.
        const outbox = new OutboxWorker(outboxDeps(runtime, { mail: ctx.mail }));
        const created = await createMessage(
          { ...ctx, ...(sendAt ? {} : { outbox }) },
          {
            contactId,
            conversationId: options.conversation,
            purpose: options.purpose,
            subject: options.subject,
            body: readBody(options.body),
            ...(options.to ? { to: options.to } : {}),
            ...(sendAt ? { send: "at" as const, sendAt } : { send: "now" as const }),
          },
        );
        await outbox.stop();
        const found = (await listMessages(ctx, { contactId, limit: 500 })).find((m) => m.id === created.id);
        return [found ?? created, await getSettings(ctx)] as const;
      });
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, message);
      if (message.status === "sent") out.write(`Sent to ${message.to}.`);
      else if (message.status === "scheduled" && sendAt)
        out.write(
          `In the outbox for ${dayAndTime(DateTime.fromISO(sendAt), textDateStyle(settings.dateStyle))}: the running server sends it then.`,
        );
      else out.write(`Not sent (${message.status}): ${message.lastError ?? "it will be tried again"}`);
      if (message.status === "failed") process.exitCode = 1;
    });
}

export function outboxCommand(): Command {
  return new Command("outbox")
    .description("messages waiting to be sent, being sent, or failed")
    .option("--json", "print JSON: { items }")
    .action(async (options) => {
      const [items, settings] = await withContext((ctx) =>
        Promise.all([
          listMessages(ctx, { status: ["scheduled", "sending", "failed"], limit: 500 }),
          getSettings(ctx),
        ]),
      );
      const style = textDateStyle(settings.dateStyle);
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, { items });
      if (items.length === 0) return out.write("The outbox is empty.");
      out.write(
        table(
          ["when", "status", "to", "subject", "last error"],
          items.map((m) => [
            m.scheduledAt ? dayAndTime(DateTime.fromISO(m.scheduledAt), style) : "",
            m.status,
            m.to ?? "",
            m.subject,
            m.lastError ?? "",
          ]),
        ),
      );
    });
}

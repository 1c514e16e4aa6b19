import { Argument, Command, Option } from "commander";
import { DateTime } from "luxon";
import { CONVERSATION_KINDS, type Conversation, FORMATS } from "../core/conversation.js";
import { dayAndTime, type TextDateStyle, textDateStyle } from "../core/date-style.js";
import { ValidationError } from "../core/errors.js";
import { STAGE_LABELS, STAGES } from "../core/stages.js";
import { printJson, stdout, table } from "./output.js";
import { withData } from "./session.js";

/** Reads "2026-11-24 15:00" (local time of this machine) or a full ISO time. */
function parseWhen(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const parsed = DateTime.fromISO(text.trim().replace(" ", "T"));
  if (!parsed.isValid)
    throw new ValidationError(`--at: "${text}" is not a date and time like 2026-11-24 15:00.`, "scheduledAt");
  return parsed.toUTC().toISO() ?? undefined;
}

function line(c: Conversation, style: TextDateStyle): string {
  const when = c.scheduledAt ? `, ${dayAndTime(DateTime.fromISO(c.scheduledAt), style)}` : "";
  return `${c.contactName}: ${STAGE_LABELS[c.stage]}${when}`;
}

export function conversationsCommand(): Command {
  const conversations = new Command("conversations").description(
    "informational interviews, from idea to staying in touch",
  );

  conversations
    .command("add")
    .description("plan a conversation with a contact")
    .argument("<contact-id>", "the contact's id (see contacts list)")
    .addOption(
      new Option("--kind <kind>", "what it is about").choices([...CONVERSATION_KINDS]).default("person"),
    )
    .addOption(new Option("--stage <stage>", "where it starts").choices([...STAGES]).default("idea"))
    .addOption(new Option("--format <format>", "how you meet").choices([...FORMATS]))
    .option("--at <when>", 'when, e.g. "2026-11-24 15:00" (this machine\'s time) or an ISO time')
    .option("--duration <minutes>", "how long, in minutes", "30")
    .option("--place <place>", "where, or the call link")
    .option("--goal <id...>", "the goals it serves (see goals list)")
    .option("--json", "print JSON")
    .action(async (contactId: string, options) => {
      const [conversation, settings] = await withData(
        async (data) =>
          [
            await data.createConversation({
              contactId,
              kind: options.kind,
              stage: options.stage,
              format: options.format,
              scheduledAt: parseWhen(options.at),
              durationMinutes: Number(options.duration),
              place: options.place,
              goalIds: options.goal,
            }),
            await data.settings(),
          ] as const,
      );
      const out = stdout(Boolean(options.json));
      if (out.json) printJson(out, conversation);
      else
        out.write(`Planned ${line(conversation, textDateStyle(settings.dateStyle))}\nid: ${conversation.id}`);
    });

  conversations
    .command("list")
    .description("list conversations, the most recently changed first")
    .option("--stage <stages>", `only these stages, comma-separated (${STAGES.join(", ")})`)
    .option("--contact <id>", "only with this contact")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print JSON: { items, nextCursor, total }")
    .action(async (options) => {
      const [page, settings] = await withData((data) =>
        Promise.all([
          data.listConversations({ stage: options.stage, contactId: options.contact, limit: options.limit }),
          data.settings(),
        ]),
      );
      const style = textDateStyle(settings.dateStyle);
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, page);
      if (page.items.length === 0)
        return out.write("No conversations yet: plan one with `coffeechat conversations add CONTACT-ID`.");
      out.write(
        table(
          ["Contact", "Stage", "Kind", "When", "Id"],
          page.items.map((c) => [
            c.contactName,
            STAGE_LABELS[c.stage],
            c.kind,
            c.scheduledAt ? dayAndTime(DateTime.fromISO(c.scheduledAt), style) : "",
            c.id,
          ]),
        ),
      );
      out.write(`${page.items.length} of ${page.total} shown`);
    });

  conversations
    .command("show")
    .description("show a conversation and its history")
    .argument("<id>", "the conversation's id")
    .option("--json", "print JSON")
    .action(async (id: string, options: { json?: boolean }) => {
      const [detail, settings] = await withData((data) =>
        Promise.all([data.getConversation(id), data.settings()]),
      );
      const style = textDateStyle(settings.dateStyle);
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, detail);
      out.write(line(detail, style));
      out.write(
        `Kind: ${detail.kind}${detail.format ? ` · ${detail.format}` : ""}${detail.place ? ` · ${detail.place}` : ""}`,
      );
      out.write(`Can move to: ${detail.allowedMoves.join(", ") || "(last stage)"}`);
      out.write("History:");
      for (const event of detail.history) {
        const at = dayAndTime(DateTime.fromISO(event.at), style, { year: true });
        out.write(
          `  ${at}  ${event.from ? `${event.from} → ` : ""}${event.to}${event.note ? ` (${event.note})` : ""}`,
        );
      }
      for (const message of detail.messages) {
        out.write(
          `  ${message.sentAt ? dayAndTime(DateTime.fromISO(message.sentAt), style, { year: true }) : "draft"}  ${message.purpose} by ${message.channel}${message.repliedAt ? ", replied" : ""}`,
        );
      }
    });

  conversations
    .command("move")
    .description("move a conversation to another stage")
    .argument("<id>", "the conversation's id")
    .addArgument(new Argument("<stage>", "the new stage").choices([...STAGES]))
    .option("--at <when>", "when it is scheduled (with the scheduled stage)")
    .option("--note <text>", "a note on the move")
    .option("--json", "print JSON")
    .action(async (id: string, stage: (typeof STAGES)[number], options) => {
      const [conversation, settings] = await withData(
        async (data) =>
          [
            await data.moveConversation(id, {
              stage,
              note: options.note,
              scheduledAt: parseWhen(options.at),
            }),
            await data.settings(),
          ] as const,
      );
      const out = stdout(Boolean(options.json));
      if (out.json) printJson(out, conversation);
      else out.write(`Moved ${line(conversation, textDateStyle(settings.dateStyle))}`);
    });
  return conversations;
}

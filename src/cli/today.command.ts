import { Command } from "commander";
import { DateTime } from "luxon";
import type { Agenda, AgendaItem } from "../core/agenda.js";
import { BRITISH_STYLE, clockTime, dayDate, type TextDateStyle, textDateStyle } from "../core/date-style.js";
import { printJson, stdout } from "./output.js";
import { withData } from "./session.js";

const MARKS: Record<AgendaItem["kind"], string> = {
  meeting: "◷",
  prep: "✎",
  "thank-you": "♥",
  "follow-up": "↻",
  "stay-in-touch": "☕",
  task: "☐",
  "give-back": "⇄",
};

function when(item: AgendaItem, zone: string, today: string, style: TextDateStyle): string {
  const due = DateTime.fromISO(item.dueAt, { zone });
  const day = due.toISODate() === today ? "today" : dayDate(due, style, { weekday: "short" });
  return item.kind === "meeting" ? `${day} ${clockTime(due, style)}` : `due ${day}`;
}

/** The agenda in words, its days and times written as the user chose in Settings. */
export function renderAgenda(agenda: Agenda, style: TextDateStyle = BRITISH_STYLE): string {
  const date = DateTime.fromISO(agenda.date);
  const lines = [
    `Today, ${dayDate(date, style, { weekday: "long", month: "long" })} (${agenda.timeZone})`,
    "",
  ];
  for (const section of agenda.sections) {
    if (section.items.length === 0 && section.id !== "today") continue;
    lines.push(section.title);
    if (section.items.length === 0) lines.push("  Nothing due today.");
    for (const item of section.items) {
      lines.push(`  ${MARKS[item.kind]} ${item.title}  (${when(item, agenda.timeZone, agenda.date, style)})`);
      if (item.detail) lines.push(`    ${item.detail}`);
      const ref = item.conversationId
        ? `conversation ${item.conversationId}`
        : item.contactId
          ? `contact ${item.contactId}`
          : item.taskId
            ? `task ${item.taskId}`
            : "";
      if (ref) lines.push(`    ${ref}`);
    }
    if (section.more > 0) lines.push(`  … and ${section.more} more`);
    lines.push("");
  }
  const waiting = agenda.notShown["stay-in-touch"] ?? 0;
  if (waiting > 0) {
    lines.push(`${waiting} more people are due a touch; today's few are above, the rest come on later days.`);
  }
  const { habit } = agenda;
  const streak = habit.streakWeeks > 0 ? ` · ${habit.streakWeeks}-week streak` : "";
  lines.push(
    `This week: ${habit.thisWeek} of ${habit.perWeek} conversation${habit.perWeek === 1 ? "" : "s"}${streak}`,
  );
  if (agenda.suggestion)
    lines.push(`Next to ask: ${agenda.suggestion.contactName}. ${agenda.suggestion.reason}`);
  return lines.join("\n");
}

export function todayCommand(): Command {
  return new Command("today")
    .description("what to do today: thank-yous, follow-ups, meetings, preparation, people to get back to")
    .option("--json", "print the agenda as JSON (as GET /api/agenda)")
    .action(async (options: { json?: boolean }) => {
      const [agenda, settings] = await withData((data) => Promise.all([data.agenda(), data.settings()]));
      const out = stdout(Boolean(options.json));
      if (out.json) printJson(out, agenda);
      else out.write(renderAgenda(agenda, textDateStyle(settings.dateStyle)));
    });
}

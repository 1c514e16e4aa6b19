import { Command } from "commander";
import type { Analytics, ReplyRate } from "../core/analytics.schema.js";
import { printJson, stdout } from "./output.js";
import { withData } from "./session.js";

function percent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

function rateLine(r: ReplyRate): string {
  const figures = `${r.replied} of ${r.sent} replied (${percent(r.rate)})`;
  return `  ${r.label.padEnd(28)} ${figures}${r.tooFew && r.sent > 0 ? "  too few to tell" : ""}`;
}

function section(title: string, rows: readonly ReplyRate[]): string[] {
  const used = rows.filter((r) => r.sent > 0);
  return used.length > 0 ? [title, ...used.map(rateLine)] : [];
}

/** The key figures, readably. */
export function whatWorksText(a: Analytics): string {
  const r = a.replies;
  if (r.sent === 0 && a.funnel[0]?.count === 0) {
    return "Nothing to show yet: once you send requests and hold conversations, this shows your reply rates, your funnel and what leads to conversations.";
  }
  const lines = [
    "Funnel",
    ...a.funnel.map(
      (s) =>
        `  ${s.label.padEnd(10)} ${String(s.count).padStart(5)}${s.rate === null ? "" : `  ${percent(s.rate)} of the step before`}${s.tooFew && s.step !== "asked" ? "  too few to tell" : ""}`,
    ),
    `Replies: ${r.replied} of ${r.sent} requests (${percent(r.rate)}); median ${r.medianDaysToReply === null ? "–" : `${r.medianDaysToReply} days`} to reply`,
    ...section("By weekday (their clock)", r.byWeekday),
    ...section("By hour (their clock)", r.byHour),
    ...section("By template", r.byTemplate),
    ...section("By channel", r.byChannel),
    ...section("By source", r.bySource),
    `Habit: ${a.habit.thisWeek} of ${a.habit.perWeek} this week, ${a.habit.averagePerWeek} a week over ${a.habit.weeks.length} weeks, streak ${a.habit.streakWeeks} week${a.habit.streakWeeks === 1 ? "" : "s"}`,
  ];
  const sources = a.sources.filter((s) => s.conversations > 0);
  if (sources.length > 0)
    lines.push(
      "Where conversations came from",
      ...sources.map(
        (s) => `  ${s.label.padEnd(28)} ${s.conversations} held with ${s.peopleMet} of ${s.people} people`,
      ),
    );
  if (a.introducers.length > 0)
    lines.push(
      "Introducers",
      ...a.introducers.map((i) => `  ${i.name.padEnd(28)} introduced ${i.introduced}, met ${i.peopleMet}`),
    );
  if (a.giveBack.length > 0)
    lines.push("Only taken from (give back)", ...a.giveBack.map((g) => `  ${g.contactName}`));
  lines.push(`Goals: ${a.goals.map((g) => `${g.label.toLowerCase()} ${g.count}`).join(", ")}`);
  return lines.join("\n");
}

export function whatWorksCommand(): Command {
  return new Command("what-works")
    .description("what works for me: the funnel, reply rates by weekday, hour, template, channel and source")
    .option("--json", "print every figure as JSON (as GET /api/analytics)")
    .action(async (options: { json?: boolean }) => {
      const result = await withData((data) => data.analytics());
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, result);
      out.write(whatWorksText(result));
    });
}

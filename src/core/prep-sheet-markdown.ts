// The prep sheet as plain Markdown: readable in a terminal, printable, pasteable into notes.
import type { PrepSheet } from "./prep-sheet.js";

/** Collapses a text to one line, for list items. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Keeps a multi-line text inside its bullet by indenting the lines after the first. */
function indented(text: string): string {
  return text.trim().replace(/\r?\n/g, "\n  ");
}

function whoSection(who: PrepSheet["who"]): string[] {
  const role = [who.role, who.organization].filter(Boolean).join(" at ");
  const lines = [`- **${oneLine(who.name)}**${role ? `, ${oneLine(role)}` : ""}`];
  if (who.howConnected) lines.push(`- How we are connected: ${oneLine(who.howConnected)}`);
  if (who.links.length > 0) lines.push(`- Links: ${who.links.join(", ")}`);
  if (who.needs) lines.push(`- What they need or care about: ${indented(who.needs)}`);
  if (who.notes) lines.push(`- Notes: ${indented(who.notes)}`);
  if (who.earlier.length > 0) {
    lines.push("- Earlier:");
    for (const line of who.earlier) lines.push(`  - ${oneLine(line)}`);
  }
  return lines;
}

function whySection(why: PrepSheet["why"]): string[] {
  const lines = why.goals.map(
    (g) => `- Goal: **${oneLine(g.title)}**${g.description ? `: ${oneLine(g.description)}` : ""}`,
  );
  if (lines.length === 0) lines.push("- No goal linked yet.");
  if (why.learn) lines.push(`- What I want to learn: ${indented(why.learn)}`);
  return lines;
}

/** Markdown for a prep sheet: one flat numbered list of questions, so the last item is the last ask. */
export function prepSheetToMarkdown(sheet: PrepSheet): string {
  const questions =
    sheet.questions.length > 0
      ? sheet.questions.map((q, i) => `${i + 1}. ${oneLine(q.text)} _(${q.areaLabel})_`)
      : ["No questions chosen yet."];
  const sections = [
    `# ${oneLine(sheet.title)}`,
    ["## Who", ...whoSection(sheet.who)].join("\n"),
    ["## Why", ...whySection(sheet.why)].join("\n"),
    `## My introduction\n${sheet.intro.trim()}`,
    ["## Questions", ...questions].join("\n"),
    ["## Logistics", ...sheet.logistics.map((l) => `- ${oneLine(l)}`)].join("\n"),
  ];
  return `${sections.join("\n\n")}\n`;
}

import { Command, Option } from "commander";
import { QUESTION_AREAS } from "../core/question-areas.js";
import { listQuestions } from "../services/questions.service.js";
import { printJson, stdout } from "./output.js";
import { withContext } from "./session.js";

export function questionsCommand(): Command {
  const questions = new Command("questions").description("your question bank for informational interviews");

  questions
    .command("list")
    .description("list your questions in asking order, grouped by area")
    .addOption(new Option("--area <area>", "only this area").choices([...QUESTION_AREAS]))
    .option("--all", "include hidden questions")
    .option("--json", "print JSON: { items }")
    .action(async (options) => {
      const items = await withContext((ctx) =>
        listQuestions(ctx, { area: options.area, includeHidden: options.all ? "true" : "false" }),
      );
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, { items });
      if (items.length === 0) return out.write("No questions here.");
      let area = "";
      for (const q of items) {
        if (q.area !== area) {
          if (area) out.write("");
          area = q.area;
          out.write(`${q.areaLabel} (${q.area})`);
        }
        out.write(`  - ${q.text}${q.hidden ? " [hidden]" : ""}${q.builtin ? "" : " [mine]"}`);
        out.write(`    id: ${q.id}`);
      }
    });
  return questions;
}

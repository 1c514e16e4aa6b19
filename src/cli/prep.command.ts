import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { getPrepSheet, getPrepSheetMarkdown } from "../services/prep.service.js";
import { printJson, stdout } from "./output.js";
import { withContext } from "./session.js";

export function prepCommand(): Command {
  return new Command("prep")
    .description("the prep sheet of a conversation: who, why, my introduction, the questions, the logistics")
    .argument("<conversation-id>", "the conversation's id (see conversations list)")
    .addOption(
      new Option("--format <format>", "md (Markdown, the questions one per line) or json")
        .choices(["md", "json"])
        .default("md"),
    )
    .addOption(new Option("--mode <mode>", "how the questions are ordered").choices(["areas", "tiara"]))
    .option("--out <file>", "write it to this file instead of printing it")
    .option("--json", "the same as --format json")
    .action(async (id: string, options) => {
      const json = Boolean(options.json) || options.format === "json";
      const mode = options.mode as "areas" | "tiara" | undefined;
      const text = await withContext(async (ctx) =>
        json
          ? `${JSON.stringify(await getPrepSheet(ctx, id, { mode }), null, 2)}\n`
          : getPrepSheetMarkdown(ctx, id, { mode }),
      );
      if (options.out) {
        writeFileSync(options.out, text);
        const out = stdout(Boolean(options.json));
        if (out.json) printJson(out, { written: options.out });
        else out.write(`Prep sheet written to ${options.out}`);
        return;
      }
      process.stdout.write(text);
    });
}

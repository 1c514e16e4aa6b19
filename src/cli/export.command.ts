import path from "node:path";
import { Argument, Command, Option } from "commander";
import { EXPORT_FORMATS, type ExportFormat } from "../services/files.service.js";
import { fileSink } from "./file-sink.js";
import { printJson, stdout } from "./output.js";
import { withData } from "./session.js";

export function exportCommand(): Command {
  return new Command("export")
    .description("write your data to a file other apps open")
    .addArgument(
      new Argument(
        "<format>",
        "vcard (address books), json (a full backup), csv (spreadsheets), markdown (notes)",
      ).choices([...EXPORT_FORMATS]),
    )
    .requiredOption("--out <file>", "the file to write")
    .addOption(
      new Option("--vcard-version <version>", "vCard version").choices(["4.0", "3.0"]).default("4.0"),
    )
    .option("--ids <ids>", "only these contacts, comma-separated ids (vcard, csv, markdown)")
    .option("--json", "print what was written as JSON")
    .action(
      async (
        format: ExportFormat,
        options: { out: string; vcardVersion: "4.0" | "3.0"; ids?: string; json?: boolean },
      ) => {
        const out = path.resolve(options.out);
        const sink = fileSink(out);
        await withData((data) =>
          data.exportTo(
            format,
            {
              vcardVersion: options.vcardVersion,
              ...(options.ids ? { ids: options.ids.split(",").map((id) => id.trim()) } : {}),
            },
            (chunk) => sink.write(chunk),
          ),
        ).catch(async (error) => {
          await sink.close();
          throw error;
        });
        const result = { file: out, format, bytes: await sink.close() };
        const output = stdout(Boolean(options.json));
        if (output.json) printJson(output, result);
        else output.write(`Wrote ${out} (${Math.max(1, Math.round(result.bytes / 1024))} KB)`);
      },
    );
}

import path from "node:path";
import { Command } from "commander";
import { DateTime } from "luxon";
import { loadConfig } from "../config.js";
import { backupSqlite } from "../services/sqlite-backup.js";
import { printJson, stdout } from "./output.js";
import { withRuntime } from "./session.js";

export function backupCommand(): Command {
  return new Command("backup")
    .description("make a consistent copy of the SQLite database (safe while the server runs)")
    .option("--out <file>", "where to write it (default: backups/ in the data directory, with the date)")
    .option("--json", "print JSON")
    .action(async (options: { out?: string; json?: boolean }) => {
      const config = loadConfig();
      const out =
        options.out ??
        path.join(
          config.dataDir,
          "backups",
          `coffeechat-${DateTime.now().toFormat("yyyyLLdd-HHmmss")}.sqlite`,
        );
      const result = await withRuntime((runtime) => backupSqlite(runtime.db, out));
      const output = stdout(Boolean(options.json));
      if (output.json) printJson(output, result);
      else output.write(`Backed up to ${result.file} (${Math.round(result.bytes / 1024)} KB)`);
    });
}

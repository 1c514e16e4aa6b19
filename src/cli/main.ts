// The `coffeechat` command. Exit codes: 0 success, 1 user error (one-line message), 2 usage.
import { Command, CommanderError } from "commander";
import { ConfigError } from "../config.js";
import { DomainError } from "../core/errors.js";
import { MigrationError } from "../db/migrator.js";
import { ImportFormatError } from "../integrations/imported.js";
import { version } from "../paths.js";
import { backupCommand } from "./backup.command.js";
import { contactsCommand } from "./contacts.command.js";
import { conversationsCommand } from "./conversations.command.js";
import { exportCommand } from "./export.command.js";
import { goalsCommand } from "./goals.command.js";
import { importCommand } from "./import.command.js";
import { checkCommand, outboxCommand, sendCommand } from "./outreach.command.js";
import { prepCommand } from "./prep.command.js";
import { questionsCommand } from "./questions.command.js";
import { serveCommand } from "./serve.command.js";
import { draftCommand, templatesCommand } from "./templates.command.js";
import { todayCommand } from "./today.command.js";

function program(): Command {
  const root = new Command("coffeechat")
    .description("Informational interviews, from first contact to lasting relationship.")
    .version(version)
    .showHelpAfterError("(add --help for usage)")
    .addCommand(serveCommand())
    .addCommand(todayCommand())
    .addCommand(contactsCommand())
    .addCommand(conversationsCommand())
    .addCommand(prepCommand())
    .addCommand(goalsCommand())
    .addCommand(questionsCommand())
    .addCommand(importCommand())
    .addCommand(exportCommand())
    .addCommand(backupCommand())
    .addCommand(templatesCommand())
    .addCommand(draftCommand())
    .addCommand(checkCommand())
    .addCommand(sendCommand())
    .addCommand(outboxCommand());
  const exitOnUsage = (command: Command) => {
    command.exitOverride();
    for (const sub of command.commands) exitOnUsage(sub);
  };
  exitOnUsage(root);
  return root;
}

function fail(message: string, code: number): never {
  process.stderr.write(`coffeechat: ${message.split("\n").join(" ")}\n`);
  process.exit(code);
}

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    const ok = ["commander.helpDisplayed", "commander.version"].includes(error.code);
    process.exit(ok ? 0 : 2);
  }
  if (
    error instanceof DomainError ||
    error instanceof ConfigError ||
    error instanceof MigrationError ||
    error instanceof ImportFormatError
  ) {
    fail(error.message, 1);
  }
  const message = error instanceof Error ? error.message : String(error);
  fail(`unexpected error: ${message}`, 1);
}

// The `coffeechat` command. Exit codes: 0 success, 1 user error (one-line message), 2 usage.
import { Command, CommanderError } from "commander";
import { ConfigError } from "../config.js";
import { DomainError } from "../core/errors.js";
import { MigrationError } from "../db/migrator.js";
import { ImportFormatError } from "../integrations/imported.js";
import { version } from "../paths.js";

/** Each command's module, loaded only when that command runs (or for the full help). */
const COMMANDS: Record<string, () => Promise<Command[]>> = {
  serve: async () => [(await import("./serve.command.js")).serveCommand()],
  today: async () => [(await import("./today.command.js")).todayCommand()],
  contacts: async () => [(await import("./contacts.command.js")).contactsCommand()],
  conversations: async () => [(await import("./conversations.command.js")).conversationsCommand()],
  prep: async () => [(await import("./prep.command.js")).prepCommand()],
  goals: async () => [(await import("./goals.command.js")).goalsCommand()],
  questions: async () => [(await import("./questions.command.js")).questionsCommand()],
  import: async () => [(await import("./import.command.js")).importCommand()],
  export: async () => [(await import("./export.command.js")).exportCommand()],
  backup: async () => [(await import("./backup.command.js")).backupCommand()],
  templates: async () => [(await import("./templates.command.js")).templatesCommand()],
  draft: async () => [(await import("./templates.command.js")).draftCommand()],
  check: async () => [(await import("./outreach.command.js")).checkCommand()],
  send: async () => [(await import("./outreach.command.js")).sendCommand()],
  outbox: async () => [(await import("./outreach.command.js")).outboxCommand()],
  centre: async () => [(await import("./centre.command.js")).centreCommand()],
  search: async () => [(await import("./search.command.js")).searchCommand()],
  "what-works": async () => [(await import("./what-works.command.js")).whatWorksCommand()],
  login: async () => [(await import("./login.command.js")).loginCommand()],
  logout: async () => [(await import("./login.command.js")).logoutCommand()],
};

async function program(invoked: string | undefined): Promise<Command> {
  const root = new Command("coffeechat")
    .description("Informational interviews, from first contact to lasting relationship.")
    .version(version)
    .showHelpAfterError("(add --help for usage)");
  const load = invoked !== undefined ? COMMANDS[invoked] : undefined;
  const commands = load ? await load() : (await Promise.all(Object.values(COMMANDS).map((l) => l()))).flat();
  for (const command of commands) root.addCommand(command);
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
  await (await program(process.argv[2])).parseAsync(process.argv);
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

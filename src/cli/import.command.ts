import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { SingleBar } from "cli-progress";
import { Argument, Command } from "commander";
import { ValidationError } from "../core/errors.js";
import { formatLineRef, type LineRef, parseLineRefs } from "../core/import-plan.js";
import { LINKEDIN_CSV } from "../integrations/linkedin-archive.js";
import {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportResult,
  type NamedFile,
} from "../services/files.service.js";
import { printJson, stdout } from "./output.js";
import { withData } from "./session.js";

const LINKEDIN_FILES = LINKEDIN_CSV;

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file, or for a LinkedIn export folder the files in it that we read. */
function readInput(format: ImportFormat, file: string): NamedFile[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch {
    throw new ValidationError(`${file}: no such file.`, "file");
  }
  if (!stats.isDirectory()) return [{ name: path.basename(file), content: readFileSync(file) }];
  if (format !== "linkedin") throw new ValidationError(`${file} is a folder; give the file itself.`, "file");
  const names = readdirSync(file).filter((name) => LINKEDIN_FILES.test(name));
  if (names.length === 0)
    throw new ValidationError(
      `${file} has no Connections.csv, Contacts.csv, messages.csv or Invitations.csv.`,
      "file",
    );
  // Connections first, so that messages and invitations find the people they concern.
  names.sort((a) => (/^connections/i.test(a) ? -1 : 1));
  return names.map((name) => ({ name, content: readFileSync(path.join(file, name)) }));
}

/** The user's choice of possible duplicates; its errors name the option, as the user typed it. */
function sameAsOption<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ValidationError && error.field === "sameAs")
      throw new ValidationError(`--same-as: ${error.message}`, "--same-as");
    throw error;
  }
}

const sameAsAsync = <T>(run: () => Promise<T>): Promise<T> =>
  run().catch((error: unknown) =>
    sameAsOption(() => {
      throw error;
    }),
  );

function describe(result: ImportResult, dryRun: boolean): string {
  if (result.restored) {
    const total = Object.values(result.restored).reduce((a, b) => a + b, 0);
    return `${dryRun ? "Would restore" : "Restored"} ${result.restored.contacts ?? 0} contacts (${total} records in all).`;
  }
  const people = result.people;
  if (!people) return "";
  const { counts } = people;
  const where = (item: { line: number; file?: string }) =>
    item.file ? `${item.file} line ${item.line}` : `line ${item.line}`;
  const lines = [
    `${dryRun ? "Preview (nothing written)" : "Imported"}: ${counts.new} new, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.duplicate} possible duplicates, ${counts.merged} united with an earlier line, ${counts.skipped} skipped.`,
  ];
  for (const item of people.items.filter((i) => i.action === "skipped")) {
    lines.push(`  ${where(item)}: skipped: ${item.reason}`);
  }
  for (const item of people.items
    .filter((i) => i.action === "merged" && !i.duplicateOf?.chosen)
    .slice(0, 10)) {
    const adds = item.changes.length > 0 ? `; adds ${item.changes.join(", ")}` : "";
    lines.push(`  ${where(item)}: ${item.name}: ${item.kept.join("; ")}${adds}`);
  }
  const duplicates = people.items.filter((i) => i.action === "duplicate");
  for (const item of duplicates) {
    const of = item.duplicateOf;
    const whom = !of
      ? "someone you already have"
      : of.line === null
        ? `${of.name}, already in coffeechat`
        : `${of.name} of ${where({ line: of.line, ...(of.file ? { file: of.file } : {}) })}`;
    lines.push(
      `  ${where(item)}: ${item.name}: possible duplicate of ${whom} (${dryRun ? "would be added" : "added"} as a new contact; --same-as ${formatLineRef(item)} unites them).`,
    );
  }
  for (const item of people.items.filter((i) => i.duplicateOf?.chosen)) {
    const adds = item.changes.length > 0 ? `; adds ${item.changes.join(", ")}` : "";
    if (item.action !== "merged")
      lines.push(`  ${where(item)}: ${item.name}: ${item.kept.join("; ")}${adds}`);
  }
  for (const item of people.items
    .filter((i) => i.kept.length > 0 && i.action !== "merged" && !i.duplicateOf?.chosen)
    .slice(0, 10)) {
    lines.push(`  ${where(item)}: ${item.name}: ${item.kept.join("; ")}`);
  }
  const touches = people.interactions;
  if (touches.added + touches.alreadyThere + touches.unmatched > 0) {
    lines.push(
      `Dated touches: ${touches.added} added, ${touches.alreadyThere} already there, ${touches.unmatched} with people not in coffeechat.`,
    );
  }
  if (people.dropped.length > 0) lines.push(`Not kept: ${people.dropped.join("; ")}.`);
  return lines.join("\n");
}

export function importCommand(): Command {
  return new Command("import")
    .description(
      "bring people in from a file; all or nothing, and importing the same file again adds nothing",
    )
    .addArgument(new Argument("<format>", "the kind of file").choices([...IMPORT_FORMATS]))
    .argument("<file>", "the file (for linkedin also the export as downloaded, .zip, or its unzipped folder)")
    .option("--dry-run", "show what would change, write nothing")
    .option(
      "--me <profile-or-name>",
      "your LinkedIn profile address or name, if messages.csv cannot tell whose it is",
    )
    .option(
      "--same-as <lines>",
      "a possible duplicate that is the same person as the one the preview names, by line (12), or file and line (Contacts.csv:12); repeat it or give a comma list",
      (value: string, previous: LineRef[] = []) => [...previous, ...sameAsOption(() => parseLineRefs(value))],
    )
    .option("--json", "print the result as JSON")
    .addHelpText(
      "after",
      "\nFormats:\n  linkedin  LinkedIn's data export: the .zip, its folder, or Connections.csv (Contacts.csv, messages.csv, Invitations.csv)\n  google    a Google Contacts CSV export\n  outlook   an Outlook or Outlook.com contacts CSV export\n  vcard     a .vcf file (vCard 2.1, 3.0 or 4.0)\n  json      a coffeechat backup (coffeechat export json), into an empty coffeechat\n\nPossible duplicates (the same name as someone already here or an earlier line, nothing else in common) are\nadded as new contacts. The --dry-run lists them by line; if one is the same person, import again with\n--same-as LINE (e.g. --same-as 12 --same-as Contacts.csv:40, or --same-as 12,40) to unite them, nothing lost.",
    )
    .action(
      async (
        format: ImportFormat,
        file: string,
        options: { dryRun?: boolean; me?: string; sameAs?: LineRef[]; json?: boolean },
      ) => {
        const dryRun = Boolean(options.dryRun);
        if (format === "json" && !options.sameAs?.length && isFile(file)) {
          // A backup of any size: read a line at a time, never whole.
          const result = await withData((data) => data.importBackupFile(file, { dryRun }));
          const out = stdout(Boolean(options.json));
          if (out.json) printJson(out, result);
          else out.write(describe(result, dryRun));
          return;
        }
        const files = readInput(format, file);
        const showBar = !options.json && process.stderr.isTTY;
        const bar = new SingleBar({
          format: "Writing {bar} {value}/{total} people",
          clearOnComplete: true,
          stream: process.stderr,
        });
        let started = false;
        const result = await sameAsAsync(() =>
          withData((data) =>
            data.importFiles(format, files, {
              dryRun,
              me: options.me,
              ...(options.sameAs ? { sameAs: options.sameAs } : {}),
              onProgress: (done, total) => {
                if (!showBar) return;
                if (!started) bar.start(total, 0);
                started = true;
                bar.update(done);
              },
            }),
          ),
        ).finally(() => started && bar.stop());
        const out = stdout(Boolean(options.json));
        if (out.json) printJson(out, result);
        else out.write(describe(result, dryRun));
      },
    );
}

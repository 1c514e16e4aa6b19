// `coffeechat templates` and `coffeechat draft`: the template library, and a draft for a contact.
import { Command, Option } from "commander";
import { ValidationError } from "../core/errors.js";
import { checkOutreach } from "../core/outreach-checks.js";
import { TEMPLATE_KINDS, VARIABLE_NAMES } from "../core/template.js";
import { listTemplates, renderTemplateFor } from "../services/templates.service.js";
import { printChecks } from "./checks-output.js";
import { printJson, stdout, table } from "./output.js";
import { withContext } from "./session.js";

/** "name=value" pairs from repeated --set options. */
function values(pairs: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at);
    if (at < 1 || !(VARIABLE_NAMES as readonly string[]).includes(name)) {
      throw new ValidationError(
        `--set: "${pair}" is not name=value with a name among ${VARIABLE_NAMES.join(", ")}.`,
        "values",
      );
    }
    result[name] = pair.slice(at + 1);
  }
  return result;
}

export function templatesCommand(): Command {
  return new Command("templates")
    .description("the outreach templates: ours, in our words, and yours")
    .addOption(new Option("--kind <kind>", "only this kind").choices([...TEMPLATE_KINDS]))
    .option("--json", "print JSON")
    .action(async (options) => {
      const items = await withContext((ctx) => listTemplates(ctx, { kind: options.kind }));
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, { items });
      out.write(
        table(
          ["key", "kind", "channel", "name"],
          items.map((t) => [t.builtinKey ?? t.id, t.kind, t.channel, t.name]),
          48,
        ),
      );
    });
}

export function draftCommand(): Command {
  return new Command("draft")
    .description("fill a template in for a contact and check the draft")
    .argument("<contact-id>", "the contact's id")
    .requiredOption("--template <key-or-id>", "a template's key (see `coffeechat templates`) or id")
    .option("--conversation <id>", "the conversation it is for")
    .option("--set <name=value...>", "fill in a variable, e.g. --set learnGoal='how labs hire'", [])
    .option("--json", "print JSON: { subject, body, missing, checks }")
    .action(async (contactId: string, options) => {
      const draft = await withContext(async (ctx) => {
        const templates = await listTemplates(ctx, { includeHidden: "true" });
        const template = templates.find(
          (t) => t.id === options.template || t.builtinKey === options.template,
        );
        if (!template) {
          throw new ValidationError(
            `--template: no template "${options.template}"; see \`coffeechat templates\`.`,
            "template",
          );
        }
        return renderTemplateFor(ctx, template.id, {
          contactId,
          conversationId: options.conversation,
          values: values(options.set),
        });
      });
      const checks = checkOutreach({
        channel: draft.channel,
        subject: draft.subject,
        body: draft.body,
        purpose: draft.kind,
      });
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, { ...draft, checks });
      if (draft.subject) out.write(`Subject: ${draft.subject}\n`);
      out.write(`${draft.body}\n`);
      if (draft.missing.length > 0)
        out.write(`Still to fill in: ${draft.missing.join(", ")} (use --set name=value)`);
      printChecks(out, checks);
    });
}

import { Command, Option } from "commander";
import { ValidationError } from "../core/errors.js";
import {
  DECISION_LABELS,
  GOAL_DECISIONS,
  GOAL_KIND_LABELS,
  GOAL_KINDS,
  type Goal,
  learnSentence,
} from "../core/goal.js";
import { createGoal, getGoalDetail, listGoals, updateGoal } from "../services/goals.service.js";
import { printJson, stdout, table } from "./output.js";
import { withContext } from "./session.js";

function decisionText(goal: Goal): string {
  if (!goal.decidedAt) return "Undecided";
  const reason = goal.decisionReason ? `: ${goal.decisionReason}` : "";
  return `${DECISION_LABELS[goal.decision]} (${goal.decidedAt.slice(0, 10)})${reason}`;
}

export function goalsCommand(): Command {
  const goals = new Command("goals").description("what you are exploring, and what you decided");

  goals
    .command("list")
    .description("list your goals, the newest first")
    .addOption(new Option("--kind <kind>", "only this kind").choices([...GOAL_KINDS]))
    .option("--archived", "list archived goals instead")
    .option("--json", "print JSON: { items }")
    .action(async (options) => {
      const items = await withContext((ctx) =>
        listGoals(ctx, { kind: options.kind, archived: options.archived ? "true" : "false" }),
      );
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, { items });
      if (items.length === 0)
        return out.write(
          'No goals yet: add one with `coffeechat goals add "Explore data science" --kind role`.',
        );
      out.write(
        table(
          ["Goal", "Kind", "Decision", "Id"],
          items.map((g) => [g.title, g.kind, DECISION_LABELS[g.decision], g.id]),
        ),
      );
    });

  goals
    .command("add")
    .description("add a goal: something you want to explore")
    .argument("<title...>", 'what you want to explore, e.g. "Data science in biotech"')
    .addOption(
      new Option("--kind <kind>", `what it is: ${GOAL_KINDS.join(", ")}`)
        .choices([...GOAL_KINDS])
        .makeOptionMandatory(),
    )
    .option("--description <text>", "what you want to learn")
    .option("--phrase <text>", 'what you want to learn as it ends "I am exploring …" in your messages')
    .option("--json", "print JSON")
    .action(async (words: string[], options) => {
      const goal = await withContext((ctx) =>
        createGoal(ctx, {
          title: words.join(" "),
          kind: options.kind,
          description: options.description,
          learnPhrase: options.phrase,
        }),
      );
      const out = stdout(Boolean(options.json));
      if (out.json) printJson(out, goal);
      else out.write(`Added goal "${goal.title}" (${GOAL_KIND_LABELS[goal.kind]})\nid: ${goal.id}`);
    });

  goals
    .command("show")
    .description("show a goal with its conversations and insights")
    .argument("<id>", "the goal's id")
    .option("--json", "print JSON")
    .action(async (id: string, options: { json?: boolean }) => {
      const goal = await withContext((ctx) => getGoalDetail(ctx, id));
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, goal);
      out.write(`${goal.title} (${GOAL_KIND_LABELS[goal.kind]})`);
      if (goal.description) out.write(goal.description);
      if (goal.learnPhrase) out.write(`In messages: ${learnSentence(goal.learnPhrase)}`);
      out.write(`Decision: ${decisionText(goal)}`);
      out.write(`Conversations: ${goal.conversations.length}`);
      for (const c of goal.conversations)
        out.write(`  ${c.contactName}: ${c.stage}${c.fitRating ? `, fit ${c.fitRating}/5` : ""}`);
      if (goal.insights.length > 0) out.write("Insights:");
      for (const i of goal.insights) out.write(`  - ${i.text}`);
    });

  goals
    .command("decide")
    .description("record a decision on a goal, with its reason")
    .argument("<id>", "the goal's id")
    .addOption(
      new Option("--decision <decision>", "pursue, eliminate or undecided")
        .choices([...GOAL_DECISIONS])
        .makeOptionMandatory(),
    )
    .option("--reason <text>", "why (needed to pursue or eliminate)")
    .option("--json", "print JSON")
    .action(async (id: string, options) => {
      if (options.decision !== "undecided" && !options.reason?.trim())
        throw new ValidationError(
          `--reason is needed to ${options.decision} a goal: say why, so the decision is useful later.`,
          "decisionReason",
        );
      const goal = await withContext((ctx) =>
        updateGoal(ctx, id, { decision: options.decision, decisionReason: options.reason }),
      );
      const out = stdout(Boolean(options.json));
      if (out.json) printJson(out, goal);
      else out.write(`${goal.title}: ${decisionText(goal)}`);
    });
  return goals;
}

import { Command } from "commander";
import type { SearchHit } from "../core/search.schema.js";
import { printJson, stdout } from "./output.js";
import { withData } from "./session.js";

/** The snippet with its matches in [brackets]. */
export function markedSnippet(hit: Pick<SearchHit, "snippet" | "highlights">): string {
  let out = "";
  let at = 0;
  for (const { start, end } of hit.highlights) {
    out += `${hit.snippet.slice(at, start)}[${hit.snippet.slice(start, end)}]`;
    at = end;
  }
  return out + hit.snippet.slice(at);
}

export function searchCommand(): Command {
  return new Command("search")
    .description("search everything: people, organisations, conversations, notes, messages, goals, tasks")
    .argument("<words...>", "the words to find; the last may be the beginning of a word")
    .option("--kinds <kinds>", "only these kinds, comma-separated (e.g. contact,conversation)")
    .option("--limit <n>", "how many results (1-50)", "20")
    .option("--json", "print the results as JSON (as GET /api/search)")
    .action(async (words: string[], options: { kinds?: string; limit: string; json?: boolean }) => {
      const result = await withData((data) =>
        data.search({ q: words.join(" "), kinds: options.kinds, limit: Number(options.limit) }),
      );
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, result);
      if (result.items.length === 0) return out.write(`Nothing found for "${words.join(" ")}".`);
      out.write(
        result.items
          .map((hit) => {
            const ref = hit.conversationId ? `conversation ${hit.conversationId}` : `${hit.kind} ${hit.id}`;
            return `${hit.kind.padEnd(12)} ${hit.title}\n             ${markedSnippet(hit)}\n             ${ref}`;
          })
          .join("\n"),
      );
    });
}

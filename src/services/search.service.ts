// Search everything and who knows what: the database finds a bounded set of candidates, core ranks
// them and cuts the snippets.
import {
  askAboutTopics,
  EVIDENCE_WEIGHT,
  type Evidence,
  type EvidenceKind,
  rankExperts,
} from "../core/expertise.js";
import { type AskAbout, ExpertiseQuery, type ExpertiseResult } from "../core/expertise.schema.js";
import { rankByTitle, rankCandidates, snippet } from "../core/search.js";
import { type SearchHit, type SearchKind, SearchQuery, type SearchResult } from "../core/search.schema.js";
import { searchKey } from "../core/text.js";
import { NAMED_KINDS, type SearchDocument } from "../db/search.repository.js";
import { getContact } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";

/** The words of a query as the index holds them: folded, letters and digits only. */
export function queryWords(q: string): string[] {
  return searchKey(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/**
 * The words the index is asked for: one-letter words are left to the ranking (a one-letter
 * beginning matches most of a large index); a query of only one-letter words looks among names.
 */
function indexWords(words: readonly string[]): string[] {
  return words.filter((w) => [...w].length >= 2);
}

function holdsEvery(doc: SearchDocument, words: readonly string[]): boolean {
  const text = ` ${searchKey(`${doc.title} ${doc.body}`).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return words.every((w, i) => text.includes(i === words.length - 1 ? ` ${w}` : ` ${w} `));
}

const KIND_LABEL: Record<SearchKind, string> = {
  contact: "",
  organization: "",
  conversation: "Conversation with",
  insight: "Insight from",
  message: "Message with",
  note: "Note on",
  goal: "",
  task: "",
  exchange: "Exchange with",
};

function displayTitle(doc: SearchDocument, names: Map<string, string>): string {
  const name = doc.contactId ? names.get(doc.contactId) : undefined;
  if (doc.kind === "contact" || doc.kind === "organization" || doc.kind === "goal") return doc.title;
  if (doc.kind === "task") return doc.title || "Task";
  if (doc.kind === "message" && doc.title) return doc.title;
  return name ? `${KIND_LABEL[doc.kind]} ${name}` : KIND_LABEL[doc.kind] || doc.kind;
}

/** The text a snippet is cut from: a person's e-mails shown as addresses, not as stored JSON. */
function snippetSource(doc: SearchDocument): string {
  const body =
    doc.kind === "contact"
      ? doc.body.replace(/^\[(.*?)\]/, (_, list: string) => list.replace(/[",]/g, " "))
      : doc.body;
  return body.trim() || doc.title;
}

/** How many of the newest people, organisations and goals a one-letter query looks among, of each. */
const NAMED_CANDIDATES = 200;

/** The best documents for the words, at most `limit`: found by the index, or among names. */
async function best(
  ctx: ServiceContext,
  words: readonly string[],
  kinds: readonly SearchKind[] | undefined,
  limit: number,
): Promise<SearchDocument[]> {
  const asked = indexWords(words);
  if (asked.length > 0) {
    const found = await ctx.repos.search.candidates(asked, kinds);
    return rankCandidates(found, words, ctx.clock.now(), { everyTerm: true }).slice(0, limit);
  }
  const named = NAMED_KINDS.filter((k) => !kinds || kinds.includes(k));
  return rankByTitle(await ctx.repos.search.newest(named, NAMED_CANDIDATES), words).slice(0, limit);
}

export async function search(ctx: ServiceContext, raw: SearchQuery): Promise<SearchResult> {
  const query = parseInput(SearchQuery, raw);
  const words = queryWords(query.q);
  if (words.length === 0) return { items: [] };
  const kinds = query.kinds ? (query.kinds.split(",") as SearchKind[]) : undefined;
  const ranked = await best(ctx, words, kinds, query.limit);
  const names = await ctx.repos.search.contactNames(
    ranked.flatMap((d) => (d.contactId ? [d.contactId] : [])),
  );
  const items = ranked.map((doc): SearchHit => {
    const fromBody = snippet(snippetSource(doc), words);
    const cut = fromBody.highlights.length > 0 ? fromBody : snippet(doc.title, words);
    return {
      kind: doc.kind,
      id: doc.recordId,
      title: displayTitle(doc, names),
      snippet: cut.text,
      highlights: cut.highlights,
      ...(doc.contactId ? { contactId: doc.contactId } : {}),
      ...(doc.conversationId ? { conversationId: doc.conversationId } : {}),
      updatedAt: doc.updatedAt,
    };
  });
  return { items };
}

const EVIDENCE_KINDS = Object.keys(EVIDENCE_WEIGHT) as EvidenceKind[];

/** People ranked for a topic, each with the records that show it. */
export async function expertise(ctx: ServiceContext, raw: { q?: string }): Promise<ExpertiseResult> {
  const { q } = parseInput(ExpertiseQuery, raw);
  const words = queryWords(q);
  const asked = indexWords(words);
  if (asked.length === 0) return { items: [] };
  const docs = (await ctx.repos.search.candidates(asked, EVIDENCE_KINDS, { cap: 1000 })).filter(
    (d) => d.contactId && holdsEvery(d, words),
  );
  const evidence: (Evidence & { conversationId: string | null })[] = docs.map((d) => ({
    contactId: d.contactId as string,
    kind: d.kind as EvidenceKind,
    id: d.recordId,
    snippet: snippet(snippetSource(d), words).text,
    conversationId: d.conversationId,
  }));
  const experts = rankExperts(evidence);
  const names = await ctx.repos.search.contactNames(experts.map((e) => e.contactId));
  return {
    items: experts
      .filter((e) => names.has(e.contactId))
      .map((e) => ({
        contactId: e.contactId,
        name: names.get(e.contactId) ?? "",
        score: e.score,
        evidence: e.evidence.map((item) => {
          const conversationId = (item as (typeof evidence)[number]).conversationId;
          return {
            kind: item.kind,
            id: item.id,
            snippet: item.snippet,
            ...(conversationId ? { conversationId } : {}),
          };
        }),
      })),
  };
}

/** Topics to ask a person about, from what they said and what I noted about them. */
export async function askAbout(ctx: ServiceContext, contactId: string): Promise<AskAbout> {
  await getContact(ctx, contactId);
  const docs = await ctx.repos.search.forContact(contactId, 200);
  const weight: Partial<Record<SearchKind, number>> = {
    insight: 2,
    conversation: 2,
    note: 2,
    exchange: 1,
    contact: 1,
  };
  const texts = docs
    .filter((d) => weight[d.kind])
    .map((d) => ({
      text: d.kind === "contact" ? snippetSource(d) : d.body,
      weight: weight[d.kind] ?? 0,
    }));
  return { topics: askAboutTopics(texts) };
}

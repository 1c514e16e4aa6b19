// Search everything: the query and the answer of GET /api/search and `coffeechat search`.
import { z } from "@hono/zod-openapi";

export const SEARCH_KINDS = [
  "contact",
  "organization",
  "conversation",
  "insight",
  "message",
  "note",
  "goal",
  "task",
  "exchange",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SearchQuery = z.object({
  q: z.string().max(200).openapi({ description: "The words to find; the last one may be a beginning" }),
  kinds: z
    .string()
    .regex(new RegExp(`^(${SEARCH_KINDS.join("|")})(,(${SEARCH_KINDS.join("|")}))*$`), {
      message: `kinds must be a comma-separated list of: ${SEARCH_KINDS.join(", ")}`,
    })
    .optional()
    .openapi({ description: `Comma-separated kinds of record to search: ${SEARCH_KINDS.join(", ")}` }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const SearchHitSchema = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    title: z.string(),
    snippet: z.string().openapi({ description: "A short passage around the match" }),
    highlights: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .openapi({ description: "Where the snippet matches the query: character offsets, end exclusive" }),
    contactId: z.string().optional(),
    conversationId: z.string().optional(),
    updatedAt: z.string(),
  })
  .openapi("SearchHit");
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({ items: z.array(SearchHitSchema) }).openapi("SearchResult");
export type SearchResult = z.infer<typeof SearchResultSchema>;

// Who knows what: the answers of GET /api/expertise and GET /api/contacts/{id}/ask-about.
import { z } from "@hono/zod-openapi";

export const ExpertiseQuery = z.object({
  q: z.string().trim().min(1, "q: type a topic to look for").max(200),
});

export const ExpertSchema = z
  .object({
    contactId: z.string(),
    name: z.string(),
    score: z.number(),
    evidence: z.array(
      z.object({
        kind: z.string(),
        id: z.string(),
        snippet: z.string(),
        conversationId: z.string().optional(),
      }),
    ),
  })
  .openapi("Expert");

export const ExpertiseResultSchema = z.object({ items: z.array(ExpertSchema) }).openapi("ExpertiseResult");
export type ExpertiseResult = z.infer<typeof ExpertiseResultSchema>;

export const AskAboutSchema = z.object({ topics: z.array(z.string()) }).openapi("AskAbout");
export type AskAbout = z.infer<typeof AskAboutSchema>;

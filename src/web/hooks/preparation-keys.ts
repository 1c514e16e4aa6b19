// Query keys of preparation and reflection (questions, goals, prep sheets, insights, the ledger),
// kept apart from query-keys.ts so each part of the app owns its own.
export const prepKeys = {
  questions: ["questions"] as const,
  questionList: (includeHidden: boolean) => ["questions", "list", { includeHidden }] as const,
  goals: ["goals"] as const,
  goalList: (archived: string) => ["goals", "list", { archived }] as const,
  goal: (id: string) => ["goals", "detail", id] as const,
  goalComparison: (ids: readonly string[], criteria: readonly string[]) =>
    ["goals", "compare", { ids, criteria }] as const,
  prepSheet: (conversationId: string) => ["prep", "sheet", conversationId] as const,
  conversationQuestions: (conversationId: string) => ["prep", "questions", conversationId] as const,
  insights: ["insights"] as const,
  insightList: (params: { goalId?: string; conversationId?: string; contactId?: string }) =>
    ["insights", "list", params] as const,
  ledger: (contactId: string) => ["exchanges", contactId] as const,
};

// TanStack Query hooks for a conversation's prep sheet, insights, quick adds and goal fit.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, byId, call, init, segment } from "../api/client.js";
import type { FitInput, InsightInput, NeedInput, PromiseInput, ReferralInput } from "../api/types.js";
import { usePracticeChanged } from "./practice.js";
import { prepKeys } from "./preparation-keys.js";
import { queryKeys } from "./query-keys.js";

export function usePrepSheet(conversationId: string) {
  return useQuery({
    queryKey: prepKeys.prepSheet(conversationId),
    queryFn: async ({ signal }) => {
      const sheet = await call(
        api.conversations[":id"].prep.$get({ param: byId(conversationId), query: {} }, init(signal)),
      );
      // The route also answers Markdown (?format=md); asked without it, the answer is the sheet.
      if (typeof sheet === "string" || sheet instanceof Response)
        throw new Error("The prep sheet came as text.");
      return sheet;
    },
    enabled: Boolean(conversationId),
  });
}

export function useInsights(params: { goalId?: string; conversationId?: string; contactId?: string }) {
  return useQuery({
    queryKey: prepKeys.insightList(params),
    queryFn: ({ signal }) => call(api.insights.$get({ query: params }, init(signal))),
  });
}

function useInsightsChanged() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: prepKeys.insights }),
      client.invalidateQueries({ queryKey: prepKeys.goals }),
    ]);
}

export function useAddInsight(conversationId: string) {
  const changed = useInsightsChanged();
  return useMutation({
    mutationFn: (input: InsightInput) =>
      call(api.conversations[":id"].insights.$post({ param: byId(conversationId), json: input })),
    onSuccess: () => changed(),
  });
}

export function useDeleteInsight() {
  const changed = useInsightsChanged();
  return useMutation({
    mutationFn: (id: string) => call(api.insights[":id"].$delete({ param: byId(id) })),
    onSuccess: () => changed(),
  });
}

/** The people suggested in a conversation and added there (kept under the conversations' keys). */
export function useReferrals(conversationId: string) {
  return useQuery({
    queryKey: queryKeys.conversationReferrals(conversationId),
    queryFn: ({ signal }) =>
      call(api.conversations[":id"].referrals.$get({ param: byId(conversationId) }, init(signal))),
    enabled: Boolean(conversationId),
  });
}

/** A referral creates or links a contact and a to-ask conversation: the practice has moved on. */
export function useAddReferral(conversationId: string) {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: ReferralInput) =>
      call(api.conversations[":id"].referrals.$post({ param: byId(conversationId), json: input })),
    onSuccess: () => changed(),
  });
}

export function useAddPromise(conversationId: string) {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: PromiseInput) =>
      call(api.conversations[":id"].promises.$post({ param: byId(conversationId), json: input })),
    onSuccess: () => changed(),
  });
}

export function useAddNeed(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NeedInput) =>
      call(api.conversations[":id"].needs.$post({ param: byId(conversationId), json: input })),
    onSuccess: (contact) => {
      client.setQueryData(queryKeys.contact(contact.id), contact);
      void client.invalidateQueries({ queryKey: prepKeys.ledger(contact.id) });
      void client.invalidateQueries({ queryKey: prepKeys.prepSheet(conversationId) });
    },
  });
}

export function useSetGoalFit(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, fit }: { goalId: string; fit: FitInput }) =>
      call(
        api.conversations[":id"].goals[":goalId"].fit.$put({
          param: { id: segment(conversationId), goalId: segment(goalId) },
          json: fit,
        }),
      ),
    onSuccess: (saved) => void client.invalidateQueries({ queryKey: prepKeys.goal(saved.goalId) }),
  });
}

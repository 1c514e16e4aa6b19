// TanStack Query hooks for a conversation's prep sheet, insights, quick adds and goal fit.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  addInsight,
  addNeed,
  addPromise,
  addReferral,
  deleteInsight,
  type FitInput,
  type InsightInput,
  listInsights,
  type NeedInput,
  type PromiseInput,
  type ReferralInput,
  setGoalFit,
} from "../api/follow-through.js";
import { getPrepSheet } from "../api/prep.js";
import { usePracticeChanged } from "./practice.js";
import { prepKeys } from "./preparation-keys.js";
import { queryKeys } from "./query-keys.js";

export function usePrepSheet(conversationId: string) {
  return useQuery({
    queryKey: prepKeys.prepSheet(conversationId),
    queryFn: ({ signal }) => getPrepSheet(conversationId, signal),
    enabled: Boolean(conversationId),
  });
}

export function useInsights(params: { goalId?: string; conversationId?: string; contactId?: string }) {
  return useQuery({
    queryKey: prepKeys.insightList(params),
    queryFn: ({ signal }) => listInsights(params, signal),
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
    mutationFn: (input: InsightInput) => addInsight(conversationId, input),
    onSuccess: () => changed(),
  });
}

export function useDeleteInsight() {
  const changed = useInsightsChanged();
  return useMutation({ mutationFn: (id: string) => deleteInsight(id), onSuccess: () => changed() });
}

/** A referral creates or links a contact and a to-ask conversation: the practice has moved on. */
export function useAddReferral(conversationId: string) {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: ReferralInput) => addReferral(conversationId, input),
    onSuccess: () => changed(),
  });
}

export function useAddPromise(conversationId: string) {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: PromiseInput) => addPromise(conversationId, input),
    onSuccess: () => changed(),
  });
}

export function useAddNeed(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NeedInput) => addNeed(conversationId, input),
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
      setGoalFit(conversationId, goalId, fit),
    onSuccess: (saved) => void client.invalidateQueries({ queryKey: prepKeys.goal(saved.goalId) }),
  });
}

// TanStack Query hooks for conversations.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { Conversation } from "../../core/conversation.js";
import {
  type ConversationCreateInput,
  type ConversationDetail,
  type ConversationListParams,
  type ConversationUpdateInput,
  createConversation,
  getConversation,
  listConversations,
  moveConversation,
  type StageMoveInput,
  updateConversation,
} from "../api/conversations.js";
import { usePracticeChanged } from "./practice.js";
import { queryKeys } from "./query-keys.js";

/** Conversations matching the filters, newest change first, page after page. */
export function useConversationsInfinite(params: Omit<ConversationListParams, "cursor">) {
  return useInfiniteQuery({
    queryKey: queryKeys.conversationList(params),
    queryFn: ({ pageParam, signal }) =>
      listConversations({ ...params, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The first page of conversations matching the filters (enough for a contact's own list). */
export function useConversations(params: Omit<ConversationListParams, "cursor">, enabled = true) {
  return useQuery({
    queryKey: queryKeys.conversationList(params),
    queryFn: ({ signal }) => listConversations(params, signal),
    enabled,
  });
}

export function useConversation(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.conversation(id ?? ""),
    queryFn: ({ signal }) => getConversation(id ?? "", signal),
    enabled: Boolean(id),
  });
}

export function useCreateConversation() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: ConversationCreateInput) => createConversation(input),
    onSuccess: () => changed(),
  });
}

/** Saves a change; the conversation's own cache takes the answer at once, lists follow in the background. */
export function useUpdateConversation() {
  const client = useQueryClient();
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ConversationUpdateInput }) =>
      updateConversation(id, changes),
    onSuccess: (saved) => {
      client.setQueryData<ConversationDetail>(queryKeys.conversation(saved.id), (detail) =>
        detail ? { ...detail, ...saved } : detail,
      );
      void changed();
    },
  });
}

export function useMoveConversation() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, move }: { id: string; move: StageMoveInput }): Promise<Conversation> =>
      moveConversation(id, move),
    onSettled: () => changed(),
  });
}

// TanStack Query hooks for conversations.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { Stage } from "../../core/stages.js";
import { api, byId, call, init } from "../api/client.js";
import type {
  Conversation,
  ConversationCreateInput,
  ConversationDetail,
  ConversationListQuery,
  ConversationUpdateInput,
  StageMoveInput,
} from "../api/types.js";
import { usePracticeChanged } from "./practice.js";
import { queryKeys } from "./query-keys.js";

/** Which conversations to list: the API's query, with the stages as a list. */
export type ConversationListParams = Omit<ConversationListQuery, "stage"> & { stage?: readonly Stage[] };

function listConversations(params: ConversationListParams, signal?: AbortSignal) {
  const { stage, ...rest } = params;
  const query = { ...rest, stage: stage && stage.length > 0 ? stage.join(",") : undefined };
  return call(api.conversations.$get({ query }, init(signal)));
}

/** Saves a change to a conversation (for notes saved as they are typed). */
export function updateConversation(id: string, changes: ConversationUpdateInput): Promise<Conversation> {
  return call(api.conversations[":id"].$patch({ param: byId(id), json: changes }));
}

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
    queryFn: ({ signal }) => call(api.conversations[":id"].$get({ param: byId(id ?? "") }, init(signal))),
    enabled: Boolean(id),
  });
}

export function useCreateConversation() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: ConversationCreateInput) => call(api.conversations.$post({ json: input })),
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

/** Moves a conversation to another stage; a move the rules refuse answers 409 `stage_not_allowed`. */
export function useMoveConversation() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, move }: { id: string; move: StageMoveInput }): Promise<Conversation> =>
      call(api.conversations[":id"].stage.$post({ param: byId(id), json: move })),
    onSettled: () => changed(),
  });
}

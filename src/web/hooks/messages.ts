// TanStack Query hooks for messages: logging them, sending them, the outbox and each person's log.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { MessageStatus } from "../../core/message.js";
import { api, byId, call, init } from "../api/client.js";
import type { Message, MessageCreateInput, MessageListQuery, MessageUpdateInput } from "../api/types.js";
import { OUTBOX_STATUSES, outboxRefreshMs } from "../lib/outbox.js";
import { usePracticeChanged } from "./practice.js";
import { queryKeys } from "./query-keys.js";

/** Which messages to list: the API's query, with the statuses as a list. */
export type MessageListParams = Omit<MessageListQuery, "status"> & { status?: readonly MessageStatus[] };

function listMessages(params: MessageListParams, signal?: AbortSignal) {
  const { status, ...rest } = params;
  const query = { ...rest, status: status && status.length > 0 ? status.join(",") : undefined };
  return call(api.messages.$get({ query }, init(signal)));
}

export function useLogMessage() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: MessageCreateInput) => call(api.messages.$post({ json: input })),
    onSettled: () => changed(),
  });
}

export function useUpdateMessage() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: MessageUpdateInput }) =>
      call(api.messages[":id"].$patch({ param: byId(id), json: changes })),
    onSettled: () => changed(),
  });
}

/** Takes a scheduled or failed message out of the outbox. */
export function useCancelMessage() {
  const changed = usePracticeChanged();
  return useMutation({
    /** 409 once it is being sent. */
    mutationFn: (id: string) => call(api.messages[":id"].$delete({ param: byId(id) })),
    onSettled: () => changed(),
  });
}

/**
 * When a message the outbox held is sent (or leaves it), its conversation may have moved (a request
 * sent moves it to asked) and the agenda changed: those are asked again.
 */
function useOutboxSettled(items: readonly Message[] | undefined) {
  const client = useQueryClient();
  const pending = useRef<Set<string>>(new Set());
  useEffect(() => {
    if (!items) return;
    const now = new Set(
      items.filter((m) => m.status === "scheduled" || m.status === "sending").map((m) => m.id),
    );
    const settled = [...pending.current].some((id) => !now.has(id));
    pending.current = now;
    if (settled) {
      void client.invalidateQueries({ queryKey: queryKeys.conversations });
      void client.invalidateQueries({ queryKey: queryKeys.agenda });
      void client.invalidateQueries({ queryKey: queryKeys.contacts });
    }
  }, [items, client]);
}

/** Scheduled, sending and failed messages; asked again every few seconds while one is about to go. */
export function useOutbox() {
  const params = { status: OUTBOX_STATUSES, limit: 500 };
  const query = useQuery({
    queryKey: queryKeys.messageList(params),
    queryFn: ({ signal }) => listMessages(params, signal),
    refetchInterval: (query) => outboxRefreshMs(query.state.data?.items ?? [], new Date()),
  });
  useOutboxSettled(query.data?.items);
  return query;
}

/** The messages to and from a contact, or about a conversation, newest first. */
export function useMessageLog(params: { contactId?: string; conversationId?: string }) {
  const list = { ...params, limit: 100 };
  const query = useQuery({
    queryKey: queryKeys.messageList(list),
    queryFn: ({ signal }) => listMessages(list, signal),
    enabled: Boolean(params.contactId || params.conversationId),
    refetchInterval: (query) => outboxRefreshMs(query.state.data?.items ?? [], new Date()),
  });
  useOutboxSettled(query.data?.items);
  return query;
}

export type { Message };

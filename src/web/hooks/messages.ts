// TanStack Query hooks for messages: logging them, sending them, the outbox and each person's log.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { Message } from "../../core/message.js";
import {
  createMessage,
  deleteMessage,
  listMessages,
  type MessageCreateInput,
  type MessageUpdateInput,
  OUTBOX_STATUSES,
  updateMessage,
} from "../api/messages.js";
import { outboxRefreshMs } from "../lib/outbox.js";
import { usePracticeChanged } from "./practice.js";
import { queryKeys } from "./query-keys.js";

export function useLogMessage() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (input: MessageCreateInput) => createMessage(input),
    onSettled: () => changed(),
  });
}

export function useUpdateMessage() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: MessageUpdateInput }) => updateMessage(id, changes),
    onSettled: () => changed(),
  });
}

/** Takes a scheduled or failed message out of the outbox. */
export function useCancelMessage() {
  const changed = usePracticeChanged();
  return useMutation({
    mutationFn: (id: string) => deleteMessage(id),
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

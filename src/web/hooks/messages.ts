// TanStack Query hooks for messages.
import { useMutation } from "@tanstack/react-query";
import {
  createMessage,
  type MessageCreateInput,
  type MessageUpdateInput,
  updateMessage,
} from "../api/messages.js";
import { usePracticeChanged } from "./practice.js";

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

// A conversation's question list, edited on the prep sheet and in conversation mode: every change is
// kept in this browser at once and saved (the whole list, PUT) a moment later; the draft is dropped
// only once the server has the same list. Opening the page again restores an unsaved draft.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { QUESTION_AREAS } from "../../core/question-areas.js";
import { api, byId, call, init } from "../api/client.js";
import type { ConversationQuestions } from "../api/types.js";
import { readLocal, removeLocal, writeLocal } from "../lib/local-draft.js";
import { fromServer, type QuestionDraft, sameList } from "../lib/question-list.js";
import { prepKeys } from "./preparation-keys.js";
import type { SaveStatus } from "./use-autosave.js";

const draftKey = (conversationId: string) => `questions:${conversationId}`;

function parseDraft(value: unknown): QuestionDraft[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.filter(
    (item): item is QuestionDraft =>
      typeof item === "object" &&
      item !== null &&
      typeof item.key === "string" &&
      typeof item.text === "string" &&
      typeof item.note === "string" &&
      (QUESTION_AREAS as readonly string[]).includes(item.area),
  );
  return items.length === value.length ? items : null;
}

export interface QuestionList {
  items: QuestionDraft[] | null;
  /** Whether the list is saved for this conversation (false: the bank's proposal, untouched). */
  saved: boolean;
  status: SaveStatus;
  error: string | null;
  /** A draft from an earlier visit was restored and is being saved. */
  restored: boolean;
  query: ReturnType<typeof useQuery<ConversationQuestions>>;
  update: (change: (items: QuestionDraft[]) => QuestionDraft[], delayMs?: number) => void;
  flush: () => Promise<void>;
}

export function useQuestionList(conversationId: string): QuestionList {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: prepKeys.conversationQuestions(conversationId),
    queryFn: ({ signal }) =>
      call(api.conversations[":id"].questions.$get({ param: byId(conversationId), query: {} }, init(signal))),
    enabled: Boolean(conversationId),
  });
  const [items, setItems] = useState<QuestionDraft[] | null>(null);
  const [saved, setSaved] = useState(false);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const latest = useRef<QuestionDraft[] | null>(null);
  const onServer = useRef<QuestionDraft[] | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);

  const dirty = useCallback(
    () => latest.current !== null && onServer.current !== null && !sameList(latest.current, onServer.current),
    [],
  );

  const run = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const snapshot = latest.current;
    if (!snapshot || !onServer.current) return;
    if (sameList(snapshot, onServer.current)) {
      removeLocal(draftKey(conversationId));
      setStatus((now) => (now === "pending" ? "saved" : now));
      return;
    }
    setStatus("saving");
    const attempt = (async () => {
      try {
        const items = snapshot.map(({ questionId, area, text, askedAt, note }) => ({
          questionId,
          area,
          text,
          askedAt,
          note,
        }));
        // The whole list in order (an empty list goes back to the proposal).
        const answer = await call(
          api.conversations[":id"].questions.$put({ param: byId(conversationId), json: { items } }),
        );
        client.setQueryData(prepKeys.conversationQuestions(conversationId), answer);
        void client.invalidateQueries({ queryKey: prepKeys.prepSheet(conversationId) });
        setSaved(answer.saved);
        setError(null);
        if (snapshot.length === 0) {
          // An empty list goes back to the bank's proposal: show it.
          const proposal = fromServer(answer.items);
          onServer.current = proposal;
          latest.current = proposal;
          setItems(proposal);
        } else {
          onServer.current = snapshot;
        }
        if (latest.current && sameList(latest.current, snapshot)) {
          removeLocal(draftKey(conversationId));
          setStatus("saved");
          setRestored(false);
        } else {
          setStatus("pending");
        }
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : "Not saved.");
        setStatus("error");
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
    if (latest.current && latest.current !== snapshot && dirty()) void run();
  }, [client, conversationId, dirty]);

  // The first answer: an unsaved draft from before wins (and is saved); otherwise the server's list.
  // Later answers (a refetch, another tab) are taken only while nothing is waiting to be saved.
  useEffect(() => {
    const data = query.data;
    if (!data) return;
    const fromApi = fromServer(data.items);
    if (latest.current === null) {
      const draft = readLocal(draftKey(conversationId), parseDraft);
      onServer.current = fromApi;
      setSaved(data.saved);
      if (draft && !sameList(draft, fromApi)) {
        latest.current = draft;
        setItems(draft);
        setRestored(true);
        setStatus("pending");
        timer.current = window.setTimeout(() => void run(), 300);
      } else {
        if (draft) removeLocal(draftKey(conversationId));
        latest.current = fromApi;
        setItems(fromApi);
      }
      return;
    }
    if (inFlight.current || dirty()) return;
    setSaved(data.saved);
    if (!sameList(latest.current, fromApi)) {
      onServer.current = fromApi;
      latest.current = fromApi;
      setItems(fromApi);
    }
  }, [query.data, conversationId, run, dirty]);

  const update = useCallback(
    (change: (items: QuestionDraft[]) => QuestionDraft[], delayMs = 800) => {
      if (!latest.current) return;
      const next = change(latest.current);
      latest.current = next;
      setItems(next);
      writeLocal(draftKey(conversationId), next);
      setStatus("pending");
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void run(), delayMs);
    },
    [conversationId, run],
  );

  // Leaving: save what is left (the draft stays in this browser until it is saved), and warn on close.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.clearTimeout(timer.current);
      if (dirty()) void run();
    };
  }, [run, dirty]);

  return { items, saved, status, error, restored, query, update, flush: run };
}

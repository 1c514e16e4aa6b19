// The conversation-mode timer, kept in this browser so a reload does not reset it.
import { useCallback, useEffect, useState } from "react";
import {
  elapsed,
  pause,
  phase,
  readTimer,
  STOPPED,
  start,
  type TimerPhase,
  type TimerState,
} from "../lib/conversation-timer.js";

const storageKey = (conversationId: string) => `coffeechat:timer:${conversationId}`;

function load(conversationId: string): TimerState {
  try {
    return readTimer(window.localStorage.getItem(storageKey(conversationId)));
  } catch {
    return STOPPED;
  }
}

function store(conversationId: string, state: TimerState): void {
  try {
    if (state.startedAt === null && state.elapsedMs === 0)
      window.localStorage.removeItem(storageKey(conversationId));
    else window.localStorage.setItem(storageKey(conversationId), JSON.stringify(state));
  } catch {
    // Not kept across reloads; it still runs.
  }
}

export interface ConversationTimer {
  running: boolean;
  elapsedMs: number;
  phase: TimerPhase;
  toggle: () => void;
  reset: () => void;
}

export function useConversationTimer(conversationId: string, minutes: number): ConversationTimer {
  const [state, setState] = useState<TimerState>(() => load(conversationId));
  const [now, setNow] = useState(() => Date.now());
  const running = state.startedAt !== null;

  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const interval = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(interval);
  }, [running]);

  const change = useCallback(
    (next: (current: TimerState, at: number) => TimerState) => {
      const at = Date.now();
      setState((current) => {
        const value = next(current, at);
        store(conversationId, value);
        return value;
      });
      setNow(at);
    },
    [conversationId],
  );

  const ms = elapsed(state, now);
  return {
    running,
    elapsedMs: ms,
    phase: phase(ms, minutes),
    toggle: () =>
      change((current, at) => (current.startedAt === null ? start(current, at) : pause(current, at))),
    reset: () => change(() => STOPPED),
  };
}

// The conversation-mode timer: elapsed time against the minutes asked, and a gentle sign near the end.

export interface TimerState {
  /** When it was last started (ms since epoch), or null while paused. */
  startedAt: number | null;
  /** Time counted before the last start. */
  elapsedMs: number;
}

export const STOPPED: TimerState = { startedAt: null, elapsedMs: 0 };

/** How many minutes before the end the "time to close" sign shows. */
export const CLOSING_MINUTES = 5;

export type TimerPhase = "idle" | "running" | "closing" | "over";

export function elapsed(state: TimerState, now: number): number {
  return state.elapsedMs + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

export function start(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? { ...state, startedAt: now } : state;
}

export function pause(state: TimerState, now: number): TimerState {
  return state.startedAt === null ? state : { startedAt: null, elapsedMs: elapsed(state, now) };
}

export function phase(elapsedMs: number, minutes: number): TimerPhase {
  const total = minutes * 60_000;
  if (elapsedMs <= 0) return "idle";
  if (elapsedMs >= total) return "over";
  if (elapsedMs >= total - Math.min(CLOSING_MINUTES, minutes / 3) * 60_000) return "closing";
  return "running";
}

/** "7:05", "32:00", "1:02:03". */
export function clock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Reads a stored timer, or the stopped one for anything unexpected. */
export function readTimer(text: string | null): TimerState {
  if (!text) return STOPPED;
  try {
    const value = JSON.parse(text) as Partial<TimerState>;
    const startedAt = typeof value.startedAt === "number" ? value.startedAt : null;
    const elapsedMs = typeof value.elapsedMs === "number" && value.elapsedMs >= 0 ? value.elapsedMs : 0;
    return { startedAt, elapsedMs };
  } catch {
    return STOPPED;
  }
}

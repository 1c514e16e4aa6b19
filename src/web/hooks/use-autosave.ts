// Saves a text a moment after typing stops, on blur and on leaving; never drops what was typed.
import { useCallback, useEffect, useRef, useState } from "react";

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "error";

export interface Autosave {
  value: string;
  setValue: (value: string) => void;
  status: SaveStatus;
  error: string | null;
  /** Saves now what is not saved yet. */
  flush: () => void;
}

export function useAutosave(
  serverValue: string,
  save: (value: string) => Promise<unknown>,
  delayMs = 800,
): Autosave {
  const [value, setLocal] = useState(serverValue);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [error, setError] = useState<string | null>(null);
  // The latest text typed, and the latest text known to be on the server.
  const latest = useRef(serverValue);
  const saved = useRef(serverValue);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const run = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const text = latest.current;
    if (text === saved.current) {
      setStatus((current) => (current === "pending" ? "saved" : current));
      return;
    }
    setStatus("saving");
    const attempt = (async () => {
      try {
        await saveRef.current(text);
        saved.current = text;
        setError(null);
        setStatus(latest.current === text ? "saved" : "pending");
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : "Not saved.");
        setStatus("error");
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
    if (latest.current !== saved.current && latest.current !== text) void run();
  }, []);

  const setValue = useCallback(
    (next: string) => {
      latest.current = next;
      setLocal(next);
      setStatus("pending");
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void run(), delayMs);
    },
    [delayMs, run],
  );

  // The server's text changed (another tab, a refetch): take it, unless there is typing not yet saved.
  useEffect(() => {
    if (latest.current === saved.current && serverValue !== saved.current) {
      latest.current = serverValue;
      saved.current = serverValue;
      setLocal(serverValue);
    }
  }, [serverValue]);

  // Leaving the page: save what is left, and let the browser warn if the tab closes first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current !== saved.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (latest.current !== saved.current) void saveRef.current(latest.current).catch(() => {});
      window.clearTimeout(timer.current);
    };
  }, []);

  return { value, setValue, status, error, flush: () => void run() };
}

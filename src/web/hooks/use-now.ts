import { useEffect, useState } from "react";

/** The time now, renewed every `everyMs` (for "in 3 hours" labels that must not go stale). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

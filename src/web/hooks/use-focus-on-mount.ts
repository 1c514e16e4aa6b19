import { type RefObject, useEffect, useRef } from "react";

/** A ref whose element takes the focus once it appears (for a heading after a step changes). */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}

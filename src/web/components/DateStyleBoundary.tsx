import { Fragment, type ReactNode, useSyncExternalStore } from "react";
import { dateStyleVersion, subscribeDateStyle } from "../lib/date-style.js";

/** Draws the app again when the way dates and times are written changes in Settings. */
export function DateStyleBoundary({ children }: { children: ReactNode }) {
  const version = useSyncExternalStore(subscribeDateStyle, dateStyleVersion);
  return <Fragment key={version}>{children}</Fragment>;
}

import { Fragment, type ReactNode, useSyncExternalStore } from "react";
import { useDateStyleFromSettings } from "../hooks/settings.js";
import { dateStyleVersion, subscribeDateStyle } from "../lib/date-style.js";

/**
 * Draws the app again when the way dates and times are written changes in Settings, and takes that
 * choice from the user's settings when they load.
 */
export function DateStyleBoundary({ children }: { children: ReactNode }) {
  useDateStyleFromSettings();
  const version = useSyncExternalStore(subscribeDateStyle, dateStyleVersion);
  return <Fragment key={version}>{children}</Fragment>;
}

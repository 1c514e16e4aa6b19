// Unsaved work is not thrown away silently: leaving the page (a link, Back, closing the tab) asks first
// while `unsaved` is true. The page's own ways out after saving or cancelling call `allow()` first.
import { type ReactElement, useCallback, useEffect, useRef } from "react";
import { type BlockerFunction, useBlocker } from "react-router";
import { ConfirmDialog } from "../components/ConfirmDialog.js";

export interface LeaveGuard {
  /** Lets the next navigation through without asking (the work was saved or knowingly dropped). */
  allow(): void;
  /** Asks again from now on (saving failed, so the work is still unsaved). */
  guard(): void;
  /** The question, to render once in the page. */
  dialog: ReactElement;
}

export function useLeaveGuard(
  unsaved: boolean,
  message = "What you changed here is not saved yet.",
): LeaveGuard {
  const allowed = useRef(false);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        unsaved && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
      [unsaved],
    ),
  );

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!allowed.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const dialog = (
    <ConfirmDialog
      opened={blocker.state === "blocked"}
      title="Leave without saving?"
      message={`${message} If you leave now, it is lost.`}
      confirmLabel="Leave and lose it"
      cancelLabel="Stay here"
      loading={false}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );

  return {
    allow: () => {
      allowed.current = true;
    },
    guard: () => {
      allowed.current = false;
    },
    dialog,
  };
}

// A menu or a tooltip loads its code when someone first reaches for it, so the pages that show many
// of them (Today) paint without it: until then a plain look-alike stands in its place.
import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

/**
 * Shows `plain` until the pointer comes over it or it takes focus, which loads `load`; then shows
 * what `children` makes of the loaded module. Focus stays on the control as it changes places, and
 * with `replayClick` a click made while loading (a mouse, or Enter on the focused control) is made
 * again on the loaded control, so a menu opens all the same.
 */
export function OnFirstUse<M>({
  load,
  plain,
  children,
  replayClick = false,
}: {
  load: () => Promise<M>;
  plain: ReactNode;
  children: (module: M) => ReactNode;
  replayClick?: boolean;
}) {
  const [loaded, setLoaded] = useState<{ module: M } | null>(null);
  const box = useRef<HTMLSpanElement>(null);
  const loading = useRef(false);
  const carry = useRef({ focus: false, click: false });

  const start = () => {
    if (loading.current) return;
    loading.current = true;
    load().then(
      (module) => {
        carry.current.focus ||= box.current?.contains(document.activeElement) ?? false;
        setLoaded({ module });
      },
      // A failed load (the server went away) leaves the plain control; the next use tries again.
      () => {
        loading.current = false;
      },
    );
  };

  useLayoutEffect(() => {
    if (!loaded) return;
    const { focus, click } = carry.current;
    carry.current = { focus: false, click: false };
    const control = box.current?.querySelector<HTMLElement>("button, a[href], [tabindex]");
    if (focus) control?.focus();
    if (click) control?.click();
  }, [loaded]);

  return (
    <span
      ref={box}
      style={{ display: "contents" }}
      onPointerEnter={start}
      onFocusCapture={start}
      onClickCapture={() => {
        if (loaded) return;
        if (replayClick) carry.current = { focus: true, click: true };
        start();
      }}
    >
      {loaded ? children(loaded.module) : plain}
    </span>
  );
}

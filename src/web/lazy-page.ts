// A page loaded on first visit: its own chunk, so the first paint carries only the page shown.
import { type ComponentType, isValidElement, type LazyExoticComponent, lazy, type ReactNode } from "react";

/** A page loaded on first visit, whose code can also be asked for ahead of it. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

/** `lazyPage(() => import("./pages/X.js"), "X")`: the named export of a page module, as a lazy component. */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => ({ default: module[name] as ComponentType }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}

/** Starts loading the code of a route's element when it is a lazy page (and not loaded yet). */
export function preloadElement(element: ReactNode): void {
  if (!isValidElement(element)) return;
  const type: unknown = element.type;
  if (typeof type === "object" && type !== null && "preload" in type) {
    // A failed load shows when the page renders (which asks again).
    (type as LazyPage).preload().catch(() => {});
  }
}

// A page loaded on first visit: its own chunk, so the first paint carries only the page shown.
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/** `lazyPage(() => import("./pages/X.js"), "X")`: the named export of a page module, as a lazy component. */
export function lazyPage<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

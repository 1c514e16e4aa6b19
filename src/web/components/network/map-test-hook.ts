// The map is a canvas: for the browser tests, where each node is on the page, so a test can
// hover or click it as a person would. Read-only; removed when the map goes.
import type Sigma from "sigma";
import type { MapGraph } from "../../lib/network-graph.js";

export interface MapTestHook {
  /** Whether the layout has finished, so nodes stay where they are. */
  settled(): boolean;
  /** How many nodes the map draws. */
  order(): number;
  /** Where a person's or an organisation's node is on the page (CSS pixels), or null. */
  position(entityId: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __coffeechatMap?: MapTestHook;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: any sigma instance, whatever its state types
export function exposeMapForTests(
  sigma: Sigma<any, any, any, any, any, any>,
  graph: MapGraph,
  settled: () => boolean,
) {
  const hook: MapTestHook = {
    settled,
    order: () => graph.order,
    position(entityId) {
      const key = graph.findNode((_key, attributes) => attributes.entityId === entityId);
      if (!key) return null;
      const { x, y } = graph.getNodeAttributes(key);
      const viewport = sigma.graphToViewport({ x, y });
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + viewport.x, y: box.top + viewport.y };
    },
  };
  window.__coffeechatMap = hook;
  return () => {
    if (window.__coffeechatMap === hook) delete window.__coffeechatMap;
  };
}

// The map is a canvas: for the browser tests, what sigma drew and where each node is on the page,
// so a test can check that every node was drawn and hover or click one as a person would.
// Read-only; removed when the map goes.
import type Sigma from "sigma";
import type { MapGraph } from "../../lib/network-graph.js";

export interface MapTestHook {
  /** Whether the layout has finished, so nodes stay where they are. */
  settled(): boolean;
  /** Whether the camera is still moving (a zoom or pan animating), so nodes are not yet where they end. */
  moving(): boolean;
  /** How many nodes the map's graph holds. */
  order(): number;
  /** How many nodes sigma drew visible inside the map's canvas, as it last drew them. */
  drawn(): number;
  /** Where a person's or an organisation's node was last drawn on the page (CSS pixels), or null. */
  position(entityId: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __coffeechatMap?: MapTestHook;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: any sigma instance, whatever its state types
type AnySigma = Sigma<any, any, any, any, any, any>;

/** Where sigma drew a node, in the canvas's own pixels, or null when it did not draw it. */
function drawnAt(sigma: AnySigma, key: string): { x: number; y: number } | null {
  const data = sigma.getNodeDisplayData(key);
  if (!data || data.visibility === "hidden") return null;
  return sigma.framedGraphToViewport({ x: data.x, y: data.y });
}

export function exposeMapForTests(sigma: AnySigma, graph: MapGraph, settled: () => boolean) {
  const hook: MapTestHook = {
    settled,
    moving: () => sigma.getCamera().isAnimating(),
    order: () => graph.order,
    drawn() {
      const { width, height } = sigma.getDimensions();
      let count = 0;
      graph.forEachNode((key) => {
        const at = drawnAt(sigma, key);
        if (at && at.x >= 0 && at.y >= 0 && at.x <= width && at.y <= height) count++;
      });
      return count;
    },
    position(entityId) {
      const key = graph.findNode((_key, attributes) => attributes.entityId === entityId);
      const at = key ? drawnAt(sigma, key) : null;
      if (!at) return null;
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    },
  };
  window.__coffeechatMap = hook;
  return () => {
    if (window.__coffeechatMap === hook) delete window.__coffeechatMap;
  };
}

// Runs the map's layout in a worker and moves the nodes as its answers come: the page stays
// responsive at any size, and the work stops after a bounded number of rounds.
import type { MapGraph } from "../../lib/network-graph.js";
import {
  LAYOUT_BUDGET_MS,
  type LayoutProgress,
  type LayoutRequest,
  layoutBatch,
  layoutIterations,
} from "./layout-protocol.js";

export interface LayoutRunner {
  /** Whether the layout has finished (or could not run, leaving the first placement). */
  readonly done: boolean;
  stop(): void;
}

/** The graph as flat arrays, and its node keys in the same order. */
export function layoutRequest(graph: MapGraph): { request: LayoutRequest; keys: string[] } {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const nodes = new Float32Array(keys.length * 3);
  keys.forEach((key, i) => {
    const { x, y, size } = graph.getNodeAttributes(key);
    nodes.set([x, y, size], i * 3);
  });
  const edges = new Uint32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[e++] = index.get(source) ?? 0;
    edges[e++] = index.get(target) ?? 0;
  });
  const iterations = layoutIterations(keys.length);
  return {
    request: { nodes, edges, iterations, batch: layoutBatch(keys.length), budgetMs: LAYOUT_BUDGET_MS },
    keys,
  };
}

export function startLayout(graph: MapGraph, onDone: () => void): LayoutRunner {
  const state = { done: false };
  const finish = () => {
    if (state.done) return;
    state.done = true;
    onDone();
  };
  if (graph.order < 3 || typeof Worker === "undefined") {
    finish();
    return {
      get done() {
        return state.done;
      },
      stop() {},
    };
  }
  const { request, keys } = layoutRequest(graph);
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  let worker: Worker | null = new Worker(new URL("./network-layout.worker.ts", import.meta.url), {
    type: "module",
  });
  worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
    const { positions, done } = event.data;
    graph.updateEachNodeAttributes(
      (key, attributes) => {
        const i = indexOf.get(key);
        if (i === undefined) return attributes;
        return {
          ...attributes,
          x: positions[i * 2] ?? attributes.x,
          y: positions[i * 2 + 1] ?? attributes.y,
        };
      },
      { attributes: ["x", "y"] },
    );
    if (done) {
      worker?.terminate();
      worker = null;
      finish();
    }
  };
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    finish();
  };
  worker.postMessage(request, [request.nodes.buffer, request.edges.buffer]);
  return {
    get done() {
      return state.done;
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}

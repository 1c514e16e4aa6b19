// The map's layout off the main thread: ForceAtlas2 for a bounded number of rounds and a bounded
// time, answering the positions every few rounds so the map moves while the page stays responsive.
import { UndirectedGraph } from "graphology";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { LayoutProgress, LayoutRequest } from "./layout-protocol.js";

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;
// A CommonJS module: its default import is the layout function itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

scope.onmessage = (event) => {
  const { nodes, edges, iterations, batch, budgetMs } = event.data;
  const deadline = performance.now() + budgetMs;
  const count = nodes.length / 3;
  const graph = new UndirectedGraph<{ x: number; y: number; size: number }>();
  for (let i = 0; i < count; i++) {
    graph.addNode(i, { x: nodes[i * 3] ?? 0, y: nodes[i * 3 + 1] ?? 0, size: nodes[i * 3 + 2] ?? 1 });
  }
  for (let e = 0; e + 1 < edges.length; e += 2) graph.mergeEdge(edges[e] ?? 0, edges[e + 1] ?? 0);
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, slowDown: 3 };
  for (let done = 0; done < iterations; done += batch) {
    forceAtlas2.assign(graph, { iterations: Math.min(batch, iterations - done), settings });
    const positions = new Float32Array(count * 2);
    graph.forEachNode((key, attributes) => {
      const i = Number(key);
      positions[i * 2] = attributes.x;
      positions[i * 2 + 1] = attributes.y;
    });
    const last = done + batch >= iterations || performance.now() > deadline;
    scope.postMessage({ positions, done: last }, [positions.buffer]);
    if (last) break;
  }
};

// What the map's page and its layout worker say to each other: the graph as flat arrays in,
// positions out, a few rounds at a time so the map settles before the reader's eyes.

export interface LayoutRequest {
  /** x, y and size of each node, in the order of the graph's nodes. */
  nodes: Float32Array;
  /** Pairs of node indices, one pair an edge. */
  edges: Uint32Array;
  /** Rounds of the force layout in all: bounded, so the work ends at any size. */
  iterations: number;
  /** Rounds between two answers. */
  batch: number;
  /** Milliseconds of work at most: on a slow or busy machine the layout stops early. */
  budgetMs: number;
}

export interface LayoutProgress {
  /** x and y of each node, in the order sent. */
  positions: Float32Array;
  done: boolean;
}

/** How long the layout may work in all, and how many rounds it does between two answers. */
export const LAYOUT_BUDGET_MS = 4_000;
export function layoutBatch(order: number): number {
  return order > 2_000 ? 2 : 5;
}

/** Fewer rounds for a bigger graph: each round costs about as much as the graph is big. */
export function layoutIterations(order: number): number {
  if (order <= 500) return 300;
  if (order <= 2_000) return 200;
  return 120;
}

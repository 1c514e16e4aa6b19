// biome-ignore-all lint/suspicious/noThenProperty: sigma's style rules are written { when, then }
// The map's renderer: sigma on WebGL with our styles (a node's colour and size from its attributes;
// hovering lights up the node and its neighbours and fades the rest) and the hover behaviour.
import Sigma from "sigma";
import type { MapGraph, MapNode } from "../../lib/network-graph.js";
import type { MapColors } from "./map-palette.js";

export type Renderer = Sigma<
  MapNode,
  Record<string, unknown>,
  Record<string, unknown>,
  { isActive: boolean },
  { isActive: boolean },
  { hasActiveSubgraph: boolean }
>;

const FONT = "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export function createRenderer(graph: MapGraph, container: HTMLElement, colors: MapColors): Renderer {
  const faded = (state: { isActive: boolean }, graphState: { hasActiveSubgraph: boolean }) =>
    graphState.hasActiveSubgraph && !state.isActive;
  return new Sigma(graph, container, {
    customNodeState: { isActive: false },
    customEdgeState: { isActive: false },
    customGraphState: { hasActiveSubgraph: false },
    primitives: { depthLayers: ["edges", "nodes", "activeEdges", "activeNodes", "topNodes"] },
    styles: {
      nodes: [
        {
          x: { attribute: "x" },
          y: { attribute: "y" },
          size: { attribute: "size" },
          color: { attribute: "color" },
          label: { attribute: "label" },
          labelColor: colors.label,
          labelFont: FONT,
          labelSize: 12,
          cursor: "pointer",
        },
        {
          when: (_a, state, graphState) => faded(state, graphState),
          then: { color: colors.faded, label: "" },
        },
        { whenState: "isActive", then: { depth: "activeNodes" } },
        {
          whenState: "isHovered",
          then: {
            depth: "topNodes",
            labelVisibility: "visible",
            labelBackgroundColor: colors.labelBackground,
            labelBackgroundPadding: 4,
            labelSize: 14,
          },
        },
      ],
      edges: [
        { color: { attribute: "color" }, size: { attribute: "size" } },
        { when: (_a, state, graphState) => faded(state, graphState), then: { visibility: "hidden" } },
        { whenState: "isActive", then: { depth: "activeEdges" } },
      ],
    },
    settings: {
      // Node sizes are pixels on the screen (sigma 4 reads them in graph units by default, which
      // drew 5,000 people at half a pixel each: too small to see, hover or click).
      itemSizesReference: "screen",
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.6,
      hideEdgesOnMove: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
    },
  }) as unknown as Renderer;
}

/** Hovering a node lights it and its neighbours up; the rest fades. */
export function highlightNeighbours(
  renderer: Renderer,
  graph: MapGraph,
  onHover: (label: string | null) => void,
) {
  let active: { nodes: string[]; edges: string[] } | null = null;
  const clear = () => {
    if (!active) return;
    renderer.setNodesState(active.nodes, { isActive: false });
    renderer.setEdgesState(active.edges, { isActive: false });
    renderer.setGraphState({ hasActiveSubgraph: false });
    active = null;
    onHover(null);
  };
  renderer.on("enterNode", ({ node }) => {
    clear();
    active = { nodes: [node, ...graph.neighbors(node)], edges: graph.edges(node) };
    renderer.setNodesState(active.nodes, { isActive: true });
    renderer.setEdgesState(active.edges, { isActive: true });
    renderer.setGraphState({ hasActiveSubgraph: true });
    onHover(graph.getNodeAttribute(node, "label"));
  });
  renderer.on("leaveNode", clear);
}

import { ActionIcon, Box, Group, Paper, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconFocusCentered, IconZoomIn, IconZoomOut } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { type MapGraph, nodeHref } from "../../lib/network-graph.js";
import { type LayoutRunner, startLayout } from "./layout-runner.js";
import type { MapColors } from "./map-palette.js";
import { createRenderer, highlightNeighbours, type Renderer } from "./map-renderer.js";
import { exposeMapForTests } from "./map-test-hook.js";

/**
 * The network drawn with sigma on WebGL: hover a node to light up its neighbours and read its name,
 * click a person or an organisation to open their page; zoom with the buttons, the wheel or a pinch.
 */
export function NetworkMap({
  graph,
  colors,
  summary,
  onOpen,
}: {
  graph: MapGraph;
  colors: MapColors;
  summary: string;
  onOpen: (href: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Renderer | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [settled, setSettled] = useState(false);
  const open = useRef(onOpen);
  open.current = onOpen;

  // The layout runs once per graph, whatever the colours.
  const layout = useRef<LayoutRunner | null>(null);
  useEffect(() => {
    setSettled(false);
    const runner = startLayout(graph, () => setSettled(true));
    layout.current = runner;
    return () => {
      runner.stop();
      layout.current = null;
    };
  }, [graph]);

  // The theme's colours, light or dark, on every node and line.
  useEffect(() => {
    graph.updateEachNodeAttributes((_node, attributes) => ({
      ...attributes,
      color:
        attributes.kind === "me"
          ? colors.me
          : attributes.kind === "organization"
            ? colors.organization
            : colors[attributes.status ?? "new"],
    }));
    graph.updateEachEdgeAttributes((_edge, attributes) => ({
      ...attributes,
      color: colors.edges[attributes.kind],
    }));
  }, [graph, colors]);

  useEffect(() => {
    if (!container.current) return;
    const sigma = createRenderer(graph, container.current, colors);
    renderer.current = sigma;
    highlightNeighbours(sigma, graph, setHovered);
    sigma.on("clickNode", ({ node }) => {
      const href = nodeHref(graph.getNodeAttributes(node));
      if (href) open.current(href);
    });
    const unexpose = exposeMapForTests(sigma, graph, () => layout.current?.done ?? false);
    return () => {
      unexpose();
      sigma.kill();
      renderer.current = null;
    };
  }, [graph, colors]);

  const camera = () => renderer.current?.getCamera();

  return (
    <Paper withBorder radius="lg" pos="relative" style={{ overflow: "hidden" }}>
      <Box
        ref={container}
        role="img"
        aria-label={`Map of your network: ${summary}. The list view shows the same people as a table.`}
        aria-busy={!settled}
        data-layout={settled ? "settled" : "running"}
        h="min(68vh, 720px)"
        mih={420}
        bg="var(--mantine-color-body)"
      />
      <Group gap={6} pos="absolute" top={12} right={12}>
        <Tooltip label="Zoom in">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Zoom in"
            onClick={() => void camera()?.zoomIn({ duration: 250 })}
          >
            <IconZoomIn size={18} stroke={1.7} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Zoom out">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Zoom out"
            onClick={() => void camera()?.zoomOut({ duration: 250 })}
          >
            <IconZoomOut size={18} stroke={1.7} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Fit the whole map">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Fit the whole map"
            onClick={() => void camera()?.reset({ duration: 300 })}
          >
            <IconFocusCentered size={18} stroke={1.7} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Box pos="absolute" bottom={12} left={12} style={{ pointerEvents: "none" }}>
        {hovered ? (
          <Paper shadow="sm" radius="md" px="sm" py={6} withBorder>
            <Text size="sm" fw={600}>
              {hovered}
            </Text>
          </Paper>
        ) : (
          <Text size="xs" c="dimmed">
            {settled ? "Hover to see who is linked; click to open." : "Arranging the map…"}
          </Text>
        )}
      </Box>
      <VisuallyHidden aria-live="polite">{settled ? "The map is arranged." : ""}</VisuallyHidden>
    </Paper>
  );
}

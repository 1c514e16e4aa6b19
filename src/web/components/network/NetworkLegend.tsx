import { Box, Group, Text } from "@mantine/core";
import type { MapColors } from "./map-palette.js";

function Swatch({ color, label, round = true }: { color: string; label: string; round?: boolean }) {
  return (
    <Group gap={6} component="li" wrap="nowrap">
      <Box w={12} h={12} bg={color} style={{ borderRadius: round ? "50%" : 3, flexShrink: 0 }} aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

function Line({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} component="li" wrap="nowrap">
      <Box w={18} h={3} bg={color} style={{ borderRadius: 2, flexShrink: 0 }} aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/** What the map's colours and lines mean. */
export function NetworkLegend({ colors }: { colors: MapColors }) {
  return (
    <Group
      component="ul"
      aria-label="What the colours mean"
      gap="lg"
      wrap="wrap"
      m={0}
      p={0}
      style={{ listStyle: "none" }}
    >
      <Swatch color={colors.me} label="You" />
      <Swatch color={colors.met} label="Met (bigger: more conversations)" />
      <Swatch color={colors.known} label="Know them" />
      <Swatch color={colors.new} label="Not met yet" />
      <Swatch color={colors.organization} label="Organisation" />
      <Line color={colors.edges.introduced} label="Introduced" />
      <Line color={colors.edges.conversation} label="Conversation held" />
      <Line color={colors.edges["works-at"]} label="Works at" />
    </Group>
  );
}

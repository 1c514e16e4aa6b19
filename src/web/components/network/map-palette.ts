// The map's colours from the Mantine theme, for the light or the dark colour scheme: a WebGL canvas
// cannot read CSS variables, so the same theme tokens are resolved here.
import type { MantineTheme } from "@mantine/core";
import type { MapPalette } from "../../lib/network-graph.js";

export interface MapColors extends MapPalette {
  /** Labels' text, and the background behind a hovered label. */
  label: string;
  labelBackground: string;
  /** People and organisations away from the one hovered. */
  faded: string;
}

export function mapColors(theme: MantineTheme, scheme: "light" | "dark"): MapColors {
  const c = theme.colors;
  const shade = (name: string, light: number, dark: number) =>
    c[name]?.[scheme === "dark" ? dark : light] ?? theme.black;
  return {
    me: shade("coffee", 9, 2),
    met: shade("coffee", 6, 4),
    known: shade("teal", 6, 5),
    new: shade("gray", 5, 5),
    organization: shade("indigo", 6, 4),
    edges: {
      "works-at": shade("gray", 3, 6),
      introduced: shade("teal", 5, 7),
      conversation: shade("coffee", 3, 8),
    },
    label: scheme === "dark" ? c.dark[0] : theme.black,
    labelBackground: scheme === "dark" ? c.dark[7] : theme.white,
    faded: scheme === "dark" ? c.dark[5] : c.gray[2],
  };
}

// The look: a calm, warm palette around a coffee brown, generous spacing, system fonts.
import { createTheme, type MantineColorsTuple } from "@mantine/core";

const coffee: MantineColorsTuple = [
  "#fbf5f0",
  "#f1e6dc",
  "#e3cab6",
  "#d5ad8d",
  "#c9946a",
  "#c18454",
  "#be7b48",
  "#a7693a",
  "#955d32",
  "#7a4b2a",
];

export const theme = createTheme({
  primaryColor: "coffee",
  // Shade 8: white on it, and it on white, pass AA contrast (4.5:1) for normal text.
  primaryShade: 8,
  colors: { coffee },
  defaultRadius: "md",
  cursorType: "pointer",
  fontFamily:
    "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "650" },
  focusRing: "auto",
});

// The look: a calm, warm palette around a coffee brown, generous spacing, system fonts.
import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  type ModalProps,
} from "@mantine/core";

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
  components: {
    // A dialog's × button is read out by its purpose, not as an unnamed button. A plain object
    // (not Modal.extend), so that the theme does not bring the dialog's code into every page.
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } satisfies Partial<ModalProps> },
  },
});

/** Where this browser keeps the colour scheme chosen in Settings (light, dark or auto); public/color-scheme.js reads it too. */
export const COLOR_SCHEME_KEY = "coffeechat-color-scheme";

/**
 * Colours Mantine leaves below WCAG AA, and the app's own surfaces, for each scheme: secondary
 * ("dimmed") text reads at 4.5:1 or more on the page, on cards and on the sidebar; the page behind
 * the cards is a shade off the cards.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#5c636a",
    "--mantine-color-placeholder": "#6c737a",
    "--mantine-color-anchor": "var(--mantine-color-coffee-8)",
    "--cc-color-page": "var(--mantine-color-gray-0)",
    "--cc-color-column": "var(--mantine-color-gray-1)",
    "--cc-color-hover": "var(--mantine-color-coffee-0)",
    "--cc-color-line": "var(--mantine-color-gray-3)",
    "--cc-color-text-soft": "var(--mantine-color-gray-7)",
    "--cc-text-accent": "var(--mantine-color-coffee-8)",
    "--cc-text-danger": "var(--mantine-color-red-9)",
    "--cc-text-success": "var(--mantine-color-teal-9)",
    "--cc-text-warning": "#b33c0a",
    "--cc-text-info": "var(--mantine-color-blue-9)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    // Badges and alerts ("light" variants): the text of these colours darkened to 4.5:1 on their tint.
    "--mantine-color-red-light-color": "#bf2828",
    "--mantine-color-teal-light-color": "#087956",
    "--mantine-color-green-light-color": "#257535",
    "--mantine-color-lime-light-color": "#4a760a",
    "--mantine-color-yellow-light-color": "#a15300",
    "--mantine-color-orange-light-color": "#b83d0d",
  },
  dark: {
    "--mantine-color-dimmed": "#adadad",
    "--mantine-color-placeholder": "#9a9a9a",
    "--mantine-color-anchor": "var(--mantine-color-coffee-3)",
    "--cc-color-page": "var(--mantine-color-dark-8)",
    "--cc-color-column": "var(--mantine-color-dark-6)",
    "--cc-color-hover": "var(--mantine-color-dark-5)",
    "--cc-color-line": "var(--mantine-color-dark-4)",
    "--cc-color-text-soft": "var(--mantine-color-dark-1)",
    "--cc-text-accent": "var(--mantine-color-coffee-3)",
    "--cc-text-danger": "var(--mantine-color-red-4)",
    "--cc-text-success": "var(--mantine-color-teal-4)",
    "--cc-text-warning": "var(--mantine-color-orange-4)",
    "--cc-text-info": "var(--mantine-color-blue-3)",
    "--mantine-color-error": "var(--mantine-color-red-4)",
  },
});

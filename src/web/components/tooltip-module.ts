// Loaded on first use by DeferredTooltip (see there).
export { Tooltip } from "@mantine/core";

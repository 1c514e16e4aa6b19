// A Mantine tooltip whose code loads when the pointer first comes over its control (or the control
// takes focus): a page with a few of them paints without the tooltips' positioning code.
import type { TooltipProps } from "@mantine/core";
import type { ReactElement } from "react";
import { OnFirstUse } from "./OnFirstUse.js";

const loadTooltip = () => import("./tooltip-module.js");

/** As Mantine's Tooltip, around one control. */
export function DeferredTooltip({ children, ...props }: TooltipProps & { children: ReactElement }) {
  return (
    <OnFirstUse load={loadTooltip} plain={children}>
      {({ Tooltip }) => <Tooltip {...props}>{children}</Tooltip>}
    </OnFirstUse>
  );
}

// Apple's property groups: "item1.URL" takes its label from "item1.X-ABLabel".
import type { VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { textValue } from "./vcard-value.js";

/** Each group's label, e.g. "item2" -> "LinkedIn"; Apple's built-in "_$!<HomePage>!$_" -> "HomePage". */
export function groupLabels(
  properties: readonly VCardProperty[],
  version: VCardVersion,
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of properties) {
    if (property.group === null || property.name !== "X-ABLABEL") continue;
    const label = textValue(property, version).replace(/^_\$!<(.*)>!\$_$/, "$1");
    if (label !== "") labels.set(property.group, label);
  }
  return labels;
}

/** The label of a property's group, or null. */
export function labelOf(property: VCardProperty, labels: ReadonlyMap<string, string>): string | null {
  return property.group === null ? null : (labels.get(property.group) ?? null);
}

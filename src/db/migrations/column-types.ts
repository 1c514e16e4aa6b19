import type { ColumnDataType } from "kysely";
import type { Dialect } from "../schema.js";

/** Column types that differ between the dialects, named once for every migration. */
export function columnTypes(dialect: Dialect): { timestamp: ColumnDataType; text: ColumnDataType } {
  return {
    timestamp: dialect === "postgres" ? "timestamptz" : "text",
    text: "text",
  };
}

import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Stack, Text } from "@mantine/core";
import type { ReplyRate } from "../../../core/analytics.schema.js";
import { MUTED, percent, RateTable } from "./RateTable.js";

/** Reply rates as bars (for the eye) and as a table (for a screen reader and the exact figures). */
export function RateBars({ title, rows, what }: { title: string; rows: readonly ReplyRate[]; what: string }) {
  const data = rows
    .filter((r) => r.sent > 0 || rows.length <= 7)
    .map((r) => ({ label: r.label, "Reply rate %": r.rate === null ? 0 : Math.round(r.rate * 100) }));
  const summary = rows
    .filter((r) => r.sent > 0)
    .map((r) => `${r.label}: ${percent(r.rate)} of ${r.sent}`)
    .join("; ");
  return (
    <Stack gap="sm">
      <div role="img" aria-label={`${title}. ${summary || "Nothing sent yet."}`}>
        <BarChart
          h={200}
          data={data}
          dataKey="label"
          series={[{ name: "Reply rate %", color: "blue.6" }]}
          yAxisProps={{ domain: [0, 100] }}
          unit="%"
          withTooltip={false}
        />
      </div>
      <RateTable caption={title} rows={rows} what={what} />
      {rows.some((r) => r.sent > 0 && r.tooFew) && (
        <Text size="xs" c={MUTED}>
          Fewer than 10 requests in a group are too few to tell: one reply more or less changes the rate a
          lot.
        </Text>
      )}
    </Stack>
  );
}

import { Table, Text } from "@mantine/core";
import type { ReplyRate } from "../../../core/analytics.schema.js";

/** Secondary text that keeps AA contrast on the page background, in light and dark schemes. */
export const MUTED = "light-dark(var(--mantine-color-gray-7), var(--mantine-color-dark-1))";

export function percent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

/** Reply rates of some groups as a table, with an honest note where there are too few. */
export function RateTable({
  caption,
  rows,
  what,
}: {
  caption: string;
  rows: readonly ReplyRate[];
  what: string;
}) {
  const used = rows.filter((r) => r.sent > 0);
  if (used.length === 0)
    return (
      <Text size="sm" c={MUTED}>
        No requests sent yet.
      </Text>
    );
  return (
    <Table striped withTableBorder verticalSpacing="xs" fz="sm">
      <Table.Caption c={MUTED}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{what}</Table.Th>
          <Table.Th scope="col" ta="right">
            Sent
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Replied
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Reply rate
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {used.map((r) => (
          <Table.Tr key={`${r.key}`}>
            <Table.Th scope="row" fw={500}>
              {r.label}
            </Table.Th>
            <Table.Td ta="right">{r.sent}</Table.Td>
            <Table.Td ta="right">{r.replied}</Table.Td>
            <Table.Td ta="right">
              {percent(r.rate)}
              {r.tooFew && (
                <Text size="xs" c={MUTED} title={r.note ?? undefined}>
                  Too few to tell
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

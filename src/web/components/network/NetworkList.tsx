import { Anchor, Badge, Group, Pagination, Paper, Table, Text } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { Link } from "react-router";
import type { Network } from "../../../core/network.schema.js";
import { countLabel } from "../../lib/format.js";
import { networkRows, STATUS_LABELS } from "../../lib/network-filters.js";

const PAGE_SIZE = 100;
const STATUS_COLORS = { met: "coffee", known: "teal", new: "gray" } as const;

/** The map as a table: the same people, where they work and who introduced them, a page at a time. */
export function NetworkList({ network, summary }: { network: Network; summary: string }) {
  const rows = useMemo(() => networkRows(network), [network]);
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  useEffect(() => {
    if (page > pages) setPage(1);
  }, [page, pages]);
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  return (
    <Paper withBorder radius="lg" p="md">
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
          <Table.Caption>
            <Text size="sm" c="gray.7" ta="left">
              {summary}
              {pages > 1 ? `; ${countLabel(shown.length, "person", "people")} on this page` : ""}
            </Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Organisation</Table.Th>
              <Table.Th scope="col">Introduced by</Table.Th>
              <Table.Th scope="col">Conversations</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/contacts/${row.id}`}>
                    {row.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  {row.organization ? (
                    <Anchor component={Link} to={`/organizations/${row.organization.id}`}>
                      {row.organization.name}
                    </Anchor>
                  ) : (
                    <Text span c="gray.7" size="sm">
                      None
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.introducer ? (
                    <Anchor component={Link} to={`/contacts/${row.introducer.id}`}>
                      {row.introducer.name}
                    </Anchor>
                  ) : (
                    <Text span c="gray.7" size="sm">
                      Nobody
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{row.conversations}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[row.status]} style={{ textTransform: "none" }}>
                    {STATUS_LABELS[row.status]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="center" mt="md">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({
              "aria-label":
                control === "previous" ? "Previous page" : control === "next" ? "Next page" : control,
            })}
            getItemProps={(n) => ({ "aria-label": `Page ${n}` })}
          />
        </Group>
      )}
    </Paper>
  );
}

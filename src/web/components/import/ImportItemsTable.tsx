import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { ImportAction, ImportItem, ImportPeople } from "../../api/types.js";
import { countLabel } from "../../lib/format.js";
import {
  ACTION_COLORS,
  ACTION_LABELS,
  ACTIONS,
  duplicateOfText,
  itemDetail,
  itemsOf,
  sameAsRef,
} from "../../lib/import-summary.js";

const PAGE_SIZE = 25;

/** The user's choice on possible duplicates: the lines said to be the same person ("12", "Contacts.csv:12"). */
export interface SameAsChoice {
  chosen: readonly string[];
  onChange: (item: ImportItem, same: boolean) => void;
}

/** What happens to each line of the file, filtered by what happens, a page of 25 at a time. */
export function ImportItemsTable({
  summary,
  openInNewTab,
  sameAs,
}: {
  summary: ImportPeople;
  /** During the preview, a contact opens beside it, so the preview is not lost. */
  openInNewTab: boolean;
  /** During the preview: each possible duplicate gets a "Same person as …" checkbox. */
  sameAs?: SameAsChoice;
}) {
  const [filter, setFilter] = useState<ImportAction | "all">("all");
  const [page, setPage] = useState(1);
  const shown = itemsOf(summary.items, filter);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const options = [
    { value: "all", label: `All ${summary.items.length.toLocaleString("en-US")}` },
    ...ACTIONS.map((action) => ({ action, count: itemsOf(summary.items, action).length }))
      .filter(({ count }) => count > 0)
      .map(({ action, count }) => ({
        value: action,
        label: `${ACTION_LABELS[action]} ${count.toLocaleString("en-US")}`,
      })),
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          size="xs"
          radius="md"
          value={filter}
          onChange={(value) => {
            setFilter(value as ImportAction | "all");
            setPage(1);
          }}
          data={options}
          aria-label="Show lines"
        />
        <Text size="xs" c="dimmed" aria-live="polite">
          {shown.length > PAGE_SIZE
            ? `${(current - 1) * PAGE_SIZE + 1}–${(current - 1) * PAGE_SIZE + rows.length} of ${countLabel(shown.length, "line")}`
            : countLabel(shown.length, "line")}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing={8}
          horizontalSpacing="md"
          striped="even"
          aria-label="What happens to each line"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={72}>Line</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th w={170}>What happens</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <ItemRow key={sameAsRef(item)} item={item} openInNewTab={openInNewTab} sameAs={sameAs} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            size="sm"
            radius="md"
            getControlProps={(control) =>
              control === "previous"
                ? { "aria-label": "Previous page" }
                : control === "next"
                  ? { "aria-label": "Next page" }
                  : {}
            }
          />
        </Group>
      )}
    </Stack>
  );
}

function ItemRow({
  item,
  openInNewTab,
  sameAs,
}: {
  item: ImportItem;
  openInNewTab: boolean;
  sameAs: SameAsChoice | undefined;
}) {
  const whom = duplicateOfText(item);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" c="dimmed" ff="monospace">
          {item.line}
        </Text>
      </Table.Td>
      <Table.Td>
        {item.contactId ? (
          <Anchor
            component={Link}
            to={`/contacts/${item.contactId}`}
            size="sm"
            fw={500}
            c="bright"
            {...(openInNewTab ? { target: "_blank", rel: "noopener" } : {})}
          >
            {item.name || "(no name)"}
            {openInNewTab && <span className="visually-hidden"> (opens in a new tab)</span>}
          </Anchor>
        ) : (
          <Text size="sm" fw={500}>
            {item.name || "(no name)"}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={ACTION_COLORS[item.action]} radius="sm">
          {ACTION_LABELS[item.action]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="var(--cc-color-text-soft)">
          {itemDetail(item)}
        </Text>
        {sameAs && whom && (
          <Checkbox
            mt={6}
            size="sm"
            color="teal"
            checked={sameAs.chosen.includes(sameAsRef(item))}
            onChange={(event) => sameAs.onChange(item, event.currentTarget.checked)}
            label={
              <>
                <span className="visually-hidden">
                  Line {item.line}, {item.name || "(no name)"}:{" "}
                </span>
                Same person as {whom}
              </>
            }
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

import {
  Button,
  EmptyState,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  useComputedColorScheme,
  useMantineTheme,
} from "@mantine/core";
import { IconAffiliate, IconFilterOff, IconUserPlus } from "@tabler/icons-react";
import { useCallback, useMemo, useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorState } from "../components/ErrorState.js";
import { mapColors } from "../components/network/map-palette.js";
import { NetworkFilterBar } from "../components/network/NetworkFilterBar.js";
import { NetworkLegend } from "../components/network/NetworkLegend.js";
import { NetworkList } from "../components/network/NetworkList.js";
import { NetworkMap } from "../components/network/NetworkMap.js";
import { Page, PageHeader } from "../components/Page.js";
import { useNetwork } from "../hooks/network.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import {
  type NetworkFilters,
  type NetworkView,
  networkSummary,
  readNetworkParams,
  writeNetworkParams,
} from "../lib/network-filters.js";
import { buildNetworkGraph } from "../lib/network-graph.js";

/** `/network?goalId=&organizationId=&tag=&view=list`: who I know, who introduced whom, where they work. */
export function NetworkPage() {
  usePageTitle("Network");
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { filters, view } = readNetworkParams(params);
  const network = useNetwork(filters);
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme("light");
  const colors = useMemo(() => mapColors(theme, scheme), [theme, scheme]);
  const colorsNow = useRef(colors);
  colorsNow.current = colors;

  const update = useCallback(
    (patch: Partial<NetworkFilters>, nextView: NetworkView = view) =>
      setParams(writeNetworkParams({ ...filters, ...patch }, nextView), { replace: true }),
    [filters, view, setParams],
  );
  const data = network.data;
  const graph = useMemo(() => (data ? buildNetworkGraph(data, colorsNow.current) : null), [data]);
  const summary = data ? networkSummary(data) : "";

  return (
    <Page size="xl">
      <PageHeader
        title="Network"
        below={
          <Text c="gray.7">
            The people you know, who introduced whom, where they work and whom you have met.
          </Text>
        }
        actions={
          <SegmentedControl
            aria-label="Show the network as"
            value={view}
            onChange={(value) => update({}, value === "list" ? "list" : "map")}
            data={[
              { value: "map", label: "Map" },
              { value: "list", label: "List" },
            ]}
          />
        }
      />
      <Stack gap="md">
        <NetworkFilterBar filters={filters} onChange={(patch) => update(patch)} />
        {network.isError && !data ? (
          <ErrorState
            error={network.error}
            onRetry={() => void network.refetch()}
            title="Could not load your network"
          />
        ) : !data || !graph ? (
          <Stack gap="sm" aria-busy="true" aria-label="Loading your network">
            <Skeleton height={16} width={280} />
            <Skeleton height={480} radius="lg" />
          </Stack>
        ) : data.total === 0 ? (
          <EmptyState
            py={64}
            icon={<IconAffiliate size={28} stroke={1.5} />}
            withIndicatorBackground
            title="Your map starts with your first contact"
            description="Add the people you know or want to meet, and who introduced you; the map draws itself as you go."
          >
            <Button component={Link} to="/contacts/new" leftSection={<IconUserPlus size={16} />}>
              Add a contact
            </Button>
          </EmptyState>
        ) : data.people.length === 0 ? (
          <EmptyState
            py={64}
            icon={<IconFilterOff size={28} stroke={1.5} />}
            withIndicatorBackground
            title="No one matches these filters"
            description="Try another goal, organisation or tag, or clear the filters to see everyone."
          >
            <Button variant="default" onClick={() => update({ goalId: "", organizationId: "", tag: "" })}>
              Clear filters
            </Button>
          </EmptyState>
        ) : (
          <>
            <Text size="sm" c="gray.7" aria-live="polite" data-testid="network-summary">
              {summary}
              {network.isFetching ? " (updating…)" : ""}
            </Text>
            {view === "map" ? (
              <>
                <NetworkMap graph={graph} colors={colors} summary={summary} onOpen={navigate} />
                <NetworkLegend colors={colors} />
              </>
            ) : (
              <NetworkList network={data} summary={summary} />
            )}
          </>
        )}
      </Stack>
    </Page>
  );
}

// TanStack Query hooks for the network map and the warm paths in.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import { type NetworkFilters, networkQuery } from "../lib/network-filters.js";

/** The map's people, organisations and introductions, filtered; the last answer stays while the next loads. */
export function useNetwork(filters: NetworkFilters) {
  const query = networkQuery(filters);
  return useQuery({
    queryKey: ["network", "map", query],
    queryFn: ({ signal }) => call(api.network.$get({ query }, init(signal))),
    placeholderData: keepPreviousData,
  });
}

/** The shortest warm paths into an organisation or to a person. */
export function useWaysIn(target: { organizationId: string } | { contactId: string }) {
  return useQuery({
    queryKey: ["network", "paths", target],
    queryFn: ({ signal }) => call(api.network.paths.$get({ query: target }, init(signal))),
  });
}

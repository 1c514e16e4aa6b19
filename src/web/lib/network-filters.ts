// The network page's state in its address (`/network?goalId=&organizationId=&tag=&view=list`),
// so a filtered map can be bookmarked, shared and reloaded; and the rows of its list view.
import type { Network } from "../../core/network.schema.js";
import { countLabel } from "./format.js";
import { type PersonStatus, personStatus } from "./network-graph.js";

export type NetworkView = "map" | "list";

export interface NetworkFilters {
  goalId: string;
  organizationId: string;
  tag: string;
}

export const NO_FILTERS: NetworkFilters = { goalId: "", organizationId: "", tag: "" };

const FILTER_KEYS = ["goalId", "organizationId", "tag"] as const;

/** The filters and the view an address asks for; unknown views fall back to the map. */
export function readNetworkParams(params: URLSearchParams): { filters: NetworkFilters; view: NetworkView } {
  return {
    filters: {
      goalId: params.get("goalId")?.trim() ?? "",
      organizationId: params.get("organizationId")?.trim() ?? "",
      tag: params.get("tag")?.trim() ?? "",
    },
    view: params.get("view") === "list" ? "list" : "map",
  };
}

/** The address's query for filters and a view, leaving out what is not set (the map is the default). */
export function writeNetworkParams(filters: NetworkFilters, view: NetworkView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  if (view === "list") params.set("view", "list");
  return params;
}

export function isFiltered(filters: NetworkFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== "");
}

/** The filters as the API takes them (unset ones left out). */
export function networkQuery(filters: NetworkFilters): Partial<NetworkFilters> {
  const query: Partial<NetworkFilters> = {};
  for (const key of FILTER_KEYS) if (filters[key]) query[key] = filters[key];
  return query;
}

/** "5,000 people, 8 organisations, 120 introductions" (and "of 6,000" when filtered). */
export function networkSummary(network: Network): string {
  const people =
    network.people.length === network.total
      ? countLabel(network.people.length, "person", "people")
      : `${countLabel(network.people.length, "person", "people")} of ${network.total.toLocaleString("en-US")}`;
  return [
    people,
    countLabel(network.organizations.length, "organisation"),
    countLabel(network.introductions.length, "introduction"),
  ].join(", ");
}

export interface NetworkRow {
  id: string;
  name: string;
  organization: { id: string; name: string } | null;
  introducer: { id: string; name: string } | null;
  conversations: number;
  status: PersonStatus;
}

export const STATUS_LABELS: Record<PersonStatus, string> = {
  met: "Met",
  known: "Know them",
  new: "Not met yet",
};

/** The people of the map as rows of a table, in the API's order (by name). */
export function networkRows(network: Network): NetworkRow[] {
  const organizations = new Map(network.organizations.map((o) => [o.id, o]));
  const names = new Map(network.people.map((p) => [p.id, p.name]));
  return network.people.map((person) => {
    const organization = person.organizationId ? organizations.get(person.organizationId) : undefined;
    const introducerName = person.introducedById ? names.get(person.introducedById) : undefined;
    return {
      id: person.id,
      name: person.name,
      organization: organization ? { id: organization.id, name: organization.name } : null,
      introducer:
        person.introducedById && introducerName !== undefined
          ? { id: person.introducedById, name: introducerName }
          : null,
      conversations: person.conversations,
      status: personStatus(person),
    };
  });
}

import { describe, expect, it } from "vitest";
import type { Network } from "../../core/network.schema.js";
import {
  isFiltered,
  NO_FILTERS,
  networkQuery,
  networkRows,
  networkSummary,
  readNetworkParams,
  writeNetworkParams,
} from "./network-filters.js";

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;

describe("the network page's address", () => {
  it("reads filters and the view, the map by default", () => {
    expect(readNetworkParams(new URLSearchParams(""))).toEqual({ filters: NO_FILTERS, view: "map" });
    expect(readNetworkParams(new URLSearchParams("goalId=g&tag=%20mentor%20&view=list"))).toEqual({
      filters: { goalId: "g", organizationId: "", tag: "mentor" },
      view: "list",
    });
    expect(readNetworkParams(new URLSearchParams("view=table")).view).toBe("map");
  });

  it("writes only what is set, and reads back the same", () => {
    const filters = { goalId: "", organizationId: id(1), tag: "alumni" };
    const params = writeNetworkParams(filters, "list");
    expect(params.toString()).toBe(`organizationId=${id(1)}&tag=alumni&view=list`);
    expect(readNetworkParams(params)).toEqual({ filters, view: "list" });
    expect(writeNetworkParams(NO_FILTERS, "map").toString()).toBe("");
  });

  it("asks the API only for the filters set", () => {
    expect(networkQuery(NO_FILTERS)).toEqual({});
    expect(networkQuery({ goalId: "g", organizationId: "", tag: "" })).toEqual({ goalId: "g" });
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, tag: "x" })).toBe(true);
  });
});

describe("the network in words and as rows", () => {
  const network: Network = {
    people: [
      {
        id: id(1),
        name: "Ana Lind",
        organizationId: id(9),
        introducedById: null,
        conversations: 2,
        known: true,
      },
      {
        id: id(2),
        name: "Ben Ode",
        organizationId: null,
        introducedById: id(1),
        conversations: 0,
        known: true,
      },
      {
        id: id(3),
        name: "Cy Reyes",
        organizationId: null,
        introducedById: id(7),
        conversations: 0,
        known: false,
      },
    ],
    organizations: [{ id: id(9), name: "Globex", people: 1 }],
    introductions: [{ introducerId: id(1), contactId: id(2) }],
    total: 5_000,
  };

  it("counts people, organisations and introductions, and says when filters hide some", () => {
    expect(networkSummary(network)).toBe("3 people of 5,000, 1 organisation, 1 introduction");
    expect(networkSummary({ ...network, total: 3 })).toBe("3 people, 1 organisation, 1 introduction");
  });

  it("names each person's organisation and introducer when they are on the map", () => {
    expect(networkRows(network)).toEqual([
      {
        id: id(1),
        name: "Ana Lind",
        organization: { id: id(9), name: "Globex" },
        introducer: null,
        conversations: 2,
        status: "met",
      },
      {
        id: id(2),
        name: "Ben Ode",
        organization: null,
        introducer: { id: id(1), name: "Ana Lind" },
        conversations: 0,
        status: "known",
      },
      { id: id(3), name: "Cy Reyes", organization: null, introducer: null, conversations: 0, status: "new" },
    ]);
  });
});

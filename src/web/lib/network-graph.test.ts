import { describe, expect, it } from "vitest";
import type { Network } from "../../core/network.schema.js";
import {
  buildNetworkGraph,
  type MapPalette,
  ME_NODE,
  nodeHref,
  organizationNode,
  personNode,
  personSize,
} from "./network-graph.js";

const palette: MapPalette = {
  me: "me",
  met: "met",
  known: "known",
  new: "new",
  organization: "org",
  edges: { "works-at": "w", introduced: "i", conversation: "c" },
};

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;

function person(n: number, extra: Partial<Network["people"][number]> = {}): Network["people"][number] {
  return {
    id: id(n),
    name: `Person ${n}`,
    organizationId: null,
    introducedById: null,
    conversations: 0,
    known: false,
    ...extra,
  };
}

describe("the map's graph from the network answer", () => {
  const org = id(100);
  const network: Network = {
    people: [
      person(1, { conversations: 3, known: true, organizationId: org }),
      person(2, { known: true, introducedById: id(1) }),
      person(3, { organizationId: org, introducedById: id(2) }),
    ],
    organizations: [{ id: org, name: "Globex", people: 2 }],
    introductions: [
      { introducerId: id(1), contactId: id(2) },
      { introducerId: id(2), contactId: id(3) },
    ],
    total: 3,
  };
  const graph = buildNetworkGraph(network, palette);

  it("has a node for me, each person and each organisation", () => {
    expect(graph.order).toBe(1 + 3 + 1);
    expect(graph.getNodeAttributes(ME_NODE).label).toBe("You");
    expect(graph.getNodeAttributes(organizationNode(org))).toMatchObject({
      label: "Globex",
      kind: "organization",
    });
    expect(graph.getNodeAttributes(personNode(id(1)))).toMatchObject({ label: "Person 1", kind: "person" });
  });

  it("colours people by whether I met them, know them or not yet", () => {
    expect(graph.getNodeAttribute(personNode(id(1)), "color")).toBe("met");
    expect(graph.getNodeAttribute(personNode(id(2)), "color")).toBe("known");
    expect(graph.getNodeAttribute(personNode(id(3)), "color")).toBe("new");
  });

  it("sizes a person by the conversations held, within bounds", () => {
    expect(graph.getNodeAttribute(personNode(id(1)), "size")).toBeGreaterThan(
      graph.getNodeAttribute(personNode(id(2)), "size"),
    );
    expect(personSize(0)).toBe(3);
    expect(personSize(10_000)).toBe(14);
  });

  it("links who works where, who introduced whom and the conversations I held", () => {
    const kinds = graph.mapEdges(
      (_e, attributes, source, target) => `${attributes.kind} ${source} ${target}`,
    );
    expect(kinds.sort()).toEqual(
      [
        `conversation ${ME_NODE} ${personNode(id(1))}`,
        `introduced ${personNode(id(1))} ${personNode(id(2))}`,
        `introduced ${personNode(id(2))} ${personNode(id(3))}`,
        `works-at ${personNode(id(1))} ${organizationNode(org)}`,
        `works-at ${personNode(id(3))} ${organizationNode(org)}`,
      ].sort(),
    );
  });

  it("places every node at a finite, distinct spot, the same each time", () => {
    const spots = graph.mapNodes((_n, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`);
    expect(new Set(spots).size).toBe(graph.order);
    for (const spot of spots) expect(spot).not.toMatch(/NaN|Infinity/);
    const again = buildNetworkGraph(network, palette).mapNodes(
      (_n, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`,
    );
    expect(again).toEqual(spots);
  });

  it("keeps an introduction to someone filtered out off the map", () => {
    const filtered = buildNetworkGraph(
      {
        ...network,
        people: network.people.slice(0, 1),
        introductions: [{ introducerId: id(1), contactId: id(9) }],
      },
      palette,
    );
    expect(filtered.size).toBe(2); // works at, conversation
  });

  it("opens a person's or an organisation's page, and nothing for me", () => {
    expect(nodeHref(graph.getNodeAttributes(personNode(id(3))))).toBe(`/contacts/${id(3)}`);
    expect(nodeHref(graph.getNodeAttributes(organizationNode(org)))).toBe(`/organizations/${org}`);
    expect(nodeHref(graph.getNodeAttributes(ME_NODE))).toBeNull();
  });

  it("builds 5,000 people in a moment", () => {
    const people = Array.from({ length: 5_000 }, (_, n) =>
      person(n + 1, { organizationId: id(100 + (n % 8)), conversations: n % 5 === 0 ? 1 : 0 }),
    );
    const organizations = Array.from({ length: 8 }, (_, n) => ({
      id: id(100 + n),
      name: `Org ${n}`,
      people: 625,
    }));
    const started = performance.now();
    const big = buildNetworkGraph({ people, organizations, introductions: [], total: 5_000 }, palette);
    expect(big.order).toBe(1 + 5_000 + 8);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

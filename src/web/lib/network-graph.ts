// The map's graph from the API's answer: a node for me, each person and each organisation; edges
// for who works where, who introduced whom and the conversations I held. Each node starts at a
// quick, deterministic place (organisations on a spiral, their people around them), so the map
// shows at once and the layout only refines it.
import { DirectedGraph } from "graphology";
import type { Network } from "../../core/network.schema.js";

export type NodeKind = "me" | "person" | "organization";
/** Met in a conversation; known otherwise; or not known yet. */
export type PersonStatus = "met" | "known" | "new";
export type EdgeKind = "works-at" | "introduced" | "conversation";

export interface MapNode {
  kind: NodeKind;
  /** The person's or organisation's id; "" for me. */
  entityId: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  status?: PersonStatus;
  /** For a person: conversations held; for an organisation: people shown there. */
  count: number;
}

export interface MapEdge {
  kind: EdgeKind;
  color: string;
  size: number;
}

/** The colours the map draws with, read from the theme so light and dark schemes both work. */
export interface MapPalette {
  me: string;
  met: string;
  known: string;
  new: string;
  organization: string;
  edges: Record<EdgeKind, string>;
}

export type MapGraph = DirectedGraph<MapNode, MapEdge>;

export const ME_NODE = "me";
export const personNode = (id: string) => `p:${id}`;
export const organizationNode = (id: string) => `o:${id}`;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The i-th point of a sunflower spiral: evenly spread points filling a disc. */
function sunflower(i: number, spacing: number): { x: number; y: number } {
  const r = spacing * Math.sqrt(i + 0.5);
  const a = i * GOLDEN_ANGLE;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

export function personStatus(person: { conversations: number; known: boolean }): PersonStatus {
  return person.conversations > 0 ? "met" : person.known ? "known" : "new";
}

/** A person's dot grows with the conversations held with them, within bounds. */
export function personSize(conversations: number): number {
  return Math.min(14, 3 + 2.2 * Math.sqrt(conversations));
}

export function organizationSize(people: number): number {
  return Math.min(18, 6 + 1.1 * Math.sqrt(people));
}

/** The graph to draw for a network, with every node placed. */
export function buildNetworkGraph(network: Network, palette: MapPalette): MapGraph {
  const graph: MapGraph = new DirectedGraph({ allowSelfLoops: false });
  graph.addNode(ME_NODE, {
    kind: "me",
    entityId: "",
    label: "You",
    x: 0,
    y: 0,
    size: 10,
    color: palette.me,
    count: 0,
  });

  // Clusters: each organisation, then one for people with none, placed on a wide spiral.
  const clusterOf = new Map<string, { x: number; y: number; placed: number; spacing: number }>();
  const members = new Map<string, number>();
  for (const person of network.people) {
    const key = person.organizationId ?? "";
    members.set(key, (members.get(key) ?? 0) + 1);
  }
  const clusterKeys = [...network.organizations.map((o) => o.id), ""].filter((key) => members.has(key));
  // Big clusters need room: the spiral's spacing follows the largest one.
  const largest = Math.max(1, ...members.values());
  const memberSpacing = 4;
  const clusterSpacing = memberSpacing * Math.sqrt(largest) * 1.6 + 30;
  clusterKeys.forEach((key, i) => {
    const centre = sunflower(i + 1, clusterSpacing);
    clusterOf.set(key, { ...centre, placed: 0, spacing: memberSpacing });
  });

  for (const organization of network.organizations) {
    const centre = clusterOf.get(organization.id) ?? { x: 0, y: 0 };
    graph.addNode(organizationNode(organization.id), {
      kind: "organization",
      entityId: organization.id,
      label: organization.name,
      x: centre.x,
      y: centre.y,
      size: organizationSize(organization.people),
      color: palette.organization,
      count: organization.people,
    });
  }

  for (const person of network.people) {
    const cluster = clusterOf.get(person.organizationId ?? "");
    const offset = cluster ? sunflower(cluster.placed++ + 2, cluster.spacing) : { x: 0, y: 0 };
    const status = personStatus(person);
    graph.addNode(personNode(person.id), {
      kind: "person",
      entityId: person.id,
      label: person.name,
      x: (cluster?.x ?? 0) + offset.x,
      y: (cluster?.y ?? 0) + offset.y,
      size: personSize(person.conversations),
      color: palette[status],
      status,
      count: person.conversations,
    });
  }

  for (const person of network.people) {
    const node = personNode(person.id);
    if (person.organizationId && graph.hasNode(organizationNode(person.organizationId)))
      graph.addEdge(node, organizationNode(person.organizationId), {
        kind: "works-at",
        color: palette.edges["works-at"],
        size: 0.5,
      });
    if (person.conversations > 0)
      graph.addEdge(ME_NODE, node, {
        kind: "conversation",
        color: palette.edges.conversation,
        size: Math.min(3, 0.6 + 0.4 * person.conversations),
      });
  }
  for (const { introducerId, contactId } of network.introductions) {
    const from = personNode(introducerId);
    const to = personNode(contactId);
    if (graph.hasNode(from) && graph.hasNode(to) && !graph.hasEdge(from, to))
      graph.addEdge(from, to, { kind: "introduced", color: palette.edges.introduced, size: 1.2 });
  }
  return graph;
}

/** Where a click on a node leads: the person's or the organisation's page; nowhere for me. */
export function nodeHref(node: Pick<MapNode, "kind" | "entityId">): string | null {
  if (node.kind === "person") return `/contacts/${node.entityId}`;
  if (node.kind === "organization") return `/organizations/${node.entityId}`;
  return null;
}

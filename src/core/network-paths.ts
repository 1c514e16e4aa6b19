// Warm paths in: from people I know, through who introduced whom and who works where, to an
// organisation I have no one at or a person I want to meet. Pure: the network is passed in.

/** A person in my network, as path finding sees them. */
export interface NetworkPerson {
  id: string;
  name: string;
  organizationId: string | null;
  organization: string | null;
  /** Who introduced them to me. */
  introducedById: string | null;
  /** I have held a conversation with them. */
  met: boolean;
  /** I know them: met, or a relationship beyond "not met yet". */
  known: boolean;
}

/**
 * How a step of a path is linked to the one before it (the first step: to me).
 * met / knows: I met them in a conversation, or know them otherwise;
 * introduced-by: the one before introduced them to me; introduced: they introduced the one before;
 * works-at: they work at the same organisation as the one before.
 */
export const PATH_RELATIONS = ["met", "knows", "introduced-by", "introduced", "works-at"] as const;
export type PathRelation = (typeof PATH_RELATIONS)[number];

export interface PathStep {
  contactId: string;
  name: string;
  relation: PathRelation;
  organization: string | null;
}

export type PathTarget = { organizationId: string } | { contactId: string };

export interface PathOptions {
  /** At most this many paths, each starting with a different person I know. */
  limit?: number;
  /** At most this many people in a path. */
  maxLength?: number;
}

export const DEFAULT_PATH_LIMIT = 5;
export const DEFAULT_PATH_LENGTH = 5;

interface Links {
  byId: Map<string, NetworkPerson>;
  introduced: Map<string, NetworkPerson[]>;
  atOrganization: Map<string, NetworkPerson[]>;
}

function links(people: readonly NetworkPerson[]): Links {
  const byId = new Map(people.map((p) => [p.id, p]));
  const introduced = new Map<string, NetworkPerson[]>();
  const atOrganization = new Map<string, NetworkPerson[]>();
  for (const person of people) {
    if (person.introducedById && byId.has(person.introducedById)) {
      const list = introduced.get(person.introducedById) ?? [];
      list.push(person);
      introduced.set(person.introducedById, list);
    }
    if (person.organizationId) {
      const list = atOrganization.get(person.organizationId) ?? [];
      list.push(person);
      atOrganization.set(person.organizationId, list);
    }
  }
  return { byId, introduced, atOrganization };
}

/** How `next` is linked to `before`, who knows them: an introduction if there is one, else work. */
function relationTo(next: NetworkPerson, before: NetworkPerson): PathRelation {
  if (next.introducedById === before.id) return "introduced-by";
  if (before.introducedById === next.id) return "introduced";
  return "works-at";
}

function step(person: NetworkPerson, relation: PathRelation): PathStep {
  return { contactId: person.id, name: person.name, relation, organization: person.organization };
}

/**
 * The shortest warm paths to the target: each begins with someone I know, goes through people I
 * do not know yet, and ends with the person asked for or someone who works at the organisation.
 * Shortest first; among equals, people I met before people I only know, then by name.
 * A breadth-first search from the target, each organisation's people visited once: O(people).
 */
export function warmPaths(
  people: readonly NetworkPerson[],
  target: PathTarget,
  options: PathOptions = {},
): PathStep[][] {
  const limit = options.limit ?? DEFAULT_PATH_LIMIT;
  const maxLength = options.maxLength ?? DEFAULT_PATH_LENGTH;
  const net = links(people);
  // Toward the target: next[id] is the person after `id` on its path.
  const next = new Map<string, string | null>();
  const depth = new Map<string, number>();
  const expandedOrganizations = new Set<string>();
  let frontier: NetworkPerson[] = [];
  if ("organizationId" in target) {
    expandedOrganizations.add(target.organizationId);
    frontier = [...(net.atOrganization.get(target.organizationId) ?? [])];
  } else {
    const person = net.byId.get(target.contactId);
    if (person) frontier = [person];
  }
  for (const person of frontier) {
    next.set(person.id, null);
    depth.set(person.id, 1);
  }
  const starts: NetworkPerson[] = [];
  for (let length = 1; frontier.length > 0 && length <= maxLength; length++) {
    const following: NetworkPerson[] = [];
    const visit = (person: NetworkPerson, from: NetworkPerson) => {
      if (next.has(person.id)) return;
      next.set(person.id, from.id);
      depth.set(person.id, length + 1);
      following.push(person);
    };
    for (const person of frontier) {
      // Someone I know is where a path begins: going on through them only makes longer paths.
      if (person.known) {
        starts.push(person);
        continue;
      }
      if (length === maxLength) continue;
      const introducer = person.introducedById ? net.byId.get(person.introducedById) : undefined;
      if (introducer) visit(introducer, person);
      for (const other of net.introduced.get(person.id) ?? []) visit(other, person);
      const organization = person.organizationId;
      if (organization && !expandedOrganizations.has(organization)) {
        expandedOrganizations.add(organization);
        for (const other of net.atOrganization.get(organization) ?? []) visit(other, person);
      }
    }
    frontier = following;
  }
  starts.sort(
    (a, b) =>
      (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0) ||
      Number(b.met) - Number(a.met) ||
      a.name.localeCompare(b.name, "en"),
  );
  return starts.slice(0, limit).map((start) => {
    const path = [step(start, start.met ? "met" : "knows")];
    let before = start;
    for (let id = next.get(start.id); id; id = next.get(id)) {
      const person = net.byId.get(id);
      if (!person) break;
      path.push(step(person, relationTo(person, before)));
      before = person;
    }
    return path;
  });
}

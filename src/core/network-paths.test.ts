import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NetworkPerson, type PathStep, type PathTarget, warmPaths } from "./network-paths.js";

const person = (id: string, over: Partial<NetworkPerson> = {}): NetworkPerson => ({
  id,
  name: id,
  organizationId: null,
  organization: null,
  introducedById: null,
  met: false,
  known: false,
  ...over,
});

/** A generated network: people at a few organisations, some introduced by others, some known. */
const networkArb = fc
  .record({
    size: fc.integer({ min: 1, max: 40 }),
    organizations: fc.integer({ min: 1, max: 6 }),
    seedPeople: fc.array(
      fc.record({
        organization: fc.option(fc.nat(), { nil: null }),
        introducer: fc.option(fc.nat(), { nil: null }),
        known: fc.boolean(),
        met: fc.boolean(),
      }),
      { minLength: 40, maxLength: 40 },
    ),
  })
  .map(({ size, organizations, seedPeople }) =>
    seedPeople.slice(0, size).map((s, i) => {
      const organizationId = s.organization === null ? null : `org${s.organization % organizations}`;
      return person(`p${i}`, {
        organizationId,
        organization: organizationId,
        introducedById: s.introducer === null || s.introducer % size === i ? null : `p${s.introducer % size}`,
        met: s.known && s.met,
        known: s.known,
      });
    }),
  );

function linked(a: NetworkPerson, b: NetworkPerson): boolean {
  return (
    a.introducedById === b.id ||
    b.introducedById === a.id ||
    (a.organizationId !== null && a.organizationId === b.organizationId)
  );
}

function atTarget(p: NetworkPerson, target: PathTarget): boolean {
  return "organizationId" in target ? p.organizationId === target.organizationId : p.id === target.contactId;
}

/** The plain way, for comparison: the fewest people on a path from someone I know to the target. */
function shortestLength(people: NetworkPerson[], target: PathTarget, maxLength: number): number | null {
  let frontier = people.filter((p) => atTarget(p, target));
  const seen = new Set(frontier.map((p) => p.id));
  for (let length = 1; length <= maxLength && frontier.length > 0; length++) {
    if (frontier.some((p) => p.known)) return length;
    const following: NetworkPerson[] = [];
    for (const p of frontier) {
      for (const q of people) {
        if (!seen.has(q.id) && linked(p, q)) {
          seen.add(q.id);
          following.push(q);
        }
      }
    }
    frontier = following;
  }
  return null;
}

function checkPath(people: NetworkPerson[], target: PathTarget, path: PathStep[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const steps = path.map((s) => byId.get(s.contactId) as NetworkPerson);
  expect(steps.every(Boolean)).toBe(true);
  expect(steps[0]?.known).toBe(true);
  expect(path[0]?.relation).toBe(steps[0]?.met ? "met" : "knows");
  expect(steps.slice(1).every((p) => !p.known)).toBe(true);
  expect(atTarget(steps[steps.length - 1] as NetworkPerson, target)).toBe(true);
  for (let i = 1; i < steps.length; i++) {
    const before = steps[i - 1] as NetworkPerson;
    const here = steps[i] as NetworkPerson;
    expect(linked(before, here)).toBe(true);
    const relation = path[i]?.relation;
    if (relation === "introduced-by") expect(here.introducedById).toBe(before.id);
    else if (relation === "introduced") expect(before.introducedById).toBe(here.id);
    else expect(here.organizationId).toBe(before.organizationId);
  }
  expect(new Set(path.map((s) => s.contactId)).size).toBe(path.length);
}

describe("warm paths", () => {
  it("follows a referral chain from someone I met to an organisation I know no one at", () => {
    const people = [
      person("ann", { name: "Ann", known: true, met: true, organizationId: "uni", organization: "Uni" }),
      person("ben", { name: "Ben", introducedById: "ann", organizationId: "lab", organization: "Lab" }),
      person("cat", { name: "Cat", introducedById: "ben", organizationId: "acme", organization: "Acme" }),
      person("dan", { name: "Dan", organizationId: "acme", organization: "Acme" }),
      person("eve", { name: "Eve", known: true }),
    ];
    expect(warmPaths(people, { organizationId: "acme" })).toEqual([
      [
        { contactId: "ann", name: "Ann", relation: "met", organization: "Uni" },
        { contactId: "ben", name: "Ben", relation: "introduced-by", organization: "Lab" },
        { contactId: "cat", name: "Cat", relation: "introduced-by", organization: "Acme" },
      ],
    ]);
    // To meet Dan: through Cat, who works with him.
    expect(warmPaths(people, { contactId: "dan" })[0]?.map((s) => [s.name, s.relation])).toEqual([
      ["Ann", "met"],
      ["Ben", "introduced-by"],
      ["Cat", "introduced-by"],
      ["Dan", "works-at"],
    ]);
  });

  it("goes up a chain too: the person who introduced someone knows them", () => {
    const people = [
      person("zoe", { name: "Zoe", organizationId: "acme" }),
      person("yan", { name: "Yan", known: true, introducedById: "zoe" }),
    ];
    expect(warmPaths(people, { organizationId: "acme" })[0]?.map((s) => s.relation)).toEqual([
      "knows",
      "introduced",
    ]);
  });

  it("answers someone I know at the organisation on their own, and nothing when there is no way", () => {
    const people = [
      person("ann", { known: true, met: true, organizationId: "acme" }),
      person("ben", { organizationId: "elsewhere" }),
    ];
    expect(warmPaths(people, { organizationId: "acme" })).toEqual([
      [{ contactId: "ann", name: "ann", relation: "met", organization: null }],
    ]);
    expect(warmPaths(people, { contactId: "ben" })).toEqual([]);
    expect(warmPaths(people, { organizationId: "nowhere" })).toEqual([]);
    expect(warmPaths(people, { contactId: "nobody" })).toEqual([]);
  });

  it("lists the shortest first, people I met before people I only know, each start once", () => {
    const people = [
      person("t", { organizationId: "acme", introducedById: "near-met" }),
      person("far", { known: true, met: true }),
      person("mid", { introducedById: "far" }),
      person("near-known", { known: true, name: "Aaron" }),
      person("near-met", { known: true, met: true, name: "Zed" }),
      person("u", { organizationId: "acme", introducedById: "near-known" }),
      person("v", { organizationId: "acme", introducedById: "mid" }),
    ];
    const paths = warmPaths(people, { organizationId: "acme" });
    expect(paths.map((p) => p.map((s) => s.contactId))).toEqual([
      ["near-met", "t"],
      ["near-known", "u"],
      ["far", "mid", "v"],
    ]);
    expect(warmPaths(people, { organizationId: "acme" }, { limit: 1 })).toHaveLength(1);
    expect(warmPaths(people, { organizationId: "acme" }, { maxLength: 2 })).toHaveLength(2);
  });

  it("on generated networks: every path is real and warm, and the first is as short as can be", () => {
    fc.assert(
      fc.property(networkArb, fc.nat(), fc.boolean(), (people, pick, byOrganization) => {
        const chosen = people[pick % people.length] as NetworkPerson;
        const target: PathTarget =
          byOrganization && chosen.organizationId
            ? { organizationId: chosen.organizationId }
            : { contactId: chosen.id };
        const paths = warmPaths(people, target, { limit: 50, maxLength: 6 });
        const shortest = shortestLength(people, target, 6);
        expect(paths[0]?.length ?? null).toBe(shortest);
        for (const path of paths) checkPath(people, target, path);
        expect(paths.map((p) => p.length)).toEqual(paths.map((p) => p.length).sort((a, b) => a - b));
        expect(new Set(paths.map((p) => p[0]?.contactId)).size).toBe(paths.length);
      }),
      { numRuns: 300 },
    );
  });

  it("answers at once on a network of 5,000 people", () => {
    const people = Array.from({ length: 5000 }, (_, i) =>
      person(`p${i}`, {
        organizationId: `org${(i * 7919) % 400}`,
        introducedById: i > 0 && i % 3 !== 0 ? `p${(i * 31) % i}` : null,
        known: i % 50 === 0,
        met: i % 100 === 0,
      }),
    );
    const started = performance.now();
    const paths = warmPaths(people, { contactId: "p4999" });
    expect(performance.now() - started).toBeLessThan(200);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) checkPath(people, { contactId: "p4999" }, path);
  });
});

import { describe, expect, it } from "vitest";
import type { PathStep } from "../../core/network-paths.js";
import { firstNameOf, introductionAsk, relationInWords } from "./ways-in.js";

const step = (
  contactId: string,
  name: string,
  relation: PathStep["relation"],
  organization: string | null = null,
): PathStep => ({
  contactId,
  name,
  relation,
  organization,
});

describe("ways in, in words", () => {
  const ana = step("a", "Ana Lind", "knows");
  const ben = step("b", "Ben Ode", "introduced-by");
  const cy = step("c", "Cy Reyes", "works-at", "Globex");

  it("says how each step is linked to the one before", () => {
    expect(relationInWords(ana, undefined)).toBe("You know them");
    expect(relationInWords(step("a", "Ana Lind", "met"), undefined)).toBe("You have met");
    expect(relationInWords(ben, ana)).toBe("Introduced to you by Ana Lind");
    expect(relationInWords(step("b", "Ben Ode", "introduced"), ana)).toBe("Introduced you to Ana Lind");
    expect(relationInWords(cy, ben)).toBe("Works with Ben Ode at Globex");
  });

  it("asks the first person to introduce me to the next, in the composer", () => {
    const ask = introductionAsk([ana, ben, cy]);
    expect(ask?.ask.name).toBe("Ana Lind");
    expect(ask?.about?.name).toBe("Ben Ode");
    expect(ask?.href).toBe("/compose?contactId=a&purpose=intro-request&introduceTo=b");
  });

  it("writes straight to someone I know when they are the way in", () => {
    expect(introductionAsk([ana])).toEqual({ ask: ana, about: null, href: "/compose?contactId=a" });
    expect(introductionAsk([])).toBeNull();
  });

  it("names people by their first name on buttons", () => {
    expect(firstNameOf("Ana Lind")).toBe("Ana");
    expect(firstNameOf("  Zoë ")).toBe("Zoë");
  });
});

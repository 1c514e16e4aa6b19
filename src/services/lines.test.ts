import { describe, expect, it } from "vitest";
import { linesOf } from "./lines.js";

async function all(content: Buffer | string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of linesOf(content)) lines.push(line);
  return lines;
}

describe("linesOf", () => {
  it.each([
    ["a\nb\n", ["a", "b"]],
    ["a\r\nb", ["a", "b"]],
    ["a\n\nb", ["a", "", "b"]],
    ["", []],
  ])("splits %j into lines, from a string and from bytes", async (content, lines) => {
    expect(await all(content)).toEqual(lines);
    expect(await all(Buffer.from(content))).toEqual(lines);
  });

  it("keeps a character of several bytes whole", async () => {
    expect(await all(Buffer.from("Zoë\nŁódź"))).toEqual(["Zoë", "Łódź"]);
  });
});

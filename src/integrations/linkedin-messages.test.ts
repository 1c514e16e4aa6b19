import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportFormatError } from "./imported.js";
import { parseLinkedInMessages } from "./linkedin-messages.js";

const file = readFileSync(new URL("../../test/fixtures/linkedin/messages.csv", import.meta.url));
const HEAD =
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
const HANA = "https://www.linkedin.com/in/hana-nakamura";

function failure(run: () => unknown): ImportFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error("expected an ImportFormatError");
}

describe("parseLinkedInMessages", () => {
  const touches = parseLinkedInMessages(file);

  it("works out whose export it is and gives each message its direction and counterpart", () => {
    expect(touches.map((t) => [t.line, t.direction, t.name, t.occurredAt])).toEqual([
      [2, "outbound", "Zoë Ñúñez", "2024-03-12T09:15:03.000Z"],
      [3, "inbound", "Zoë Ñúñez", "2024-03-13T17:02:45.000Z"],
      [6, "inbound", "Jürgen Müller", "2024-02-01T08:00:00.000Z"],
      [7, "outbound", "Jürgen Müller", "2024-02-02T10:30:00.000Z"],
      [8, "outbound", "Ada O'Brien", "2023-11-20T14:00:00.000Z"],
      [8, "outbound", "Kwame Mensah", "2023-11-20T14:00:00.000Z"],
      [9, "inbound", "Kwame Mensah", "2023-11-21T09:45:10.000Z"],
    ]);
    expect(touches.every((t) => t.kind === "message")).toBe(true);
    expect(touches[0]?.linkedinUrl).toBe("https://www.linkedin.com/in/zoe-nunez-4a1b2c");
  });

  it("keeps the whole message: the subject on its first line, then every line of the text", () => {
    expect(touches[2]?.summary).toBe(
      "Quick question about your postdoc\nHello Hana,\nwe are hiring & I thought of you.",
    );
    expect(touches[0]?.summary).toBe(
      'Hi Zoë, I loved your PyData talk on "causal ML" in industry. Would you have 20 minutes for a call or a coffee in the next weeks? I\'m a postdoc exploring data science roles.',
    );
    expect(touches[1]?.summary).toBe("Hi Hana,\nsure, happy to! Thursday 4pm works, or Friday morning.\nZoë");
  });

  it("takes me from the options, by profile address or by name", () => {
    const byUrl = parseLinkedInMessages(file, { myProfileUrl: "linkedin.com/in/Hana-Nakamura/" });
    expect(byUrl).toEqual(touches);
    expect(parseLinkedInMessages(file, { myName: "hana nakamura" })).toEqual(touches);
    const asZoe = parseLinkedInMessages(file, { myName: "Zoë Ñúñez" });
    expect(asZoe.map((t) => [t.line, t.direction, t.name])).toEqual([
      [2, "inbound", "Hana Nakamura"],
      [3, "outbound", "Hana Nakamura"],
    ]);
  });

  it("asks who I am when one conversation between two people cannot tell", () => {
    const csv = `${HEAD}\n1,,Ada,https://www.linkedin.com/in/ada,Zoë,https://www.linkedin.com/in/zoe,2024-03-12 09:15:03 UTC,,Hi,INBOX\n`;
    expect(failure(() => parseLinkedInMessages(csv)).message).toMatch(
      /^Cannot tell whose messages these are/,
    );
    expect(parseLinkedInMessages(csv, { myProfileUrl: "https://www.linkedin.com/in/zoe" })[0]).toMatchObject({
      direction: "inbound",
      name: "Ada",
      linkedinUrl: "https://www.linkedin.com/in/ada",
      summary: "Hi",
    });
  });

  it("skips drafts and spam", () => {
    const csv = [
      `${HEAD},IS MESSAGE DRAFT`,
      `1,,Hana,${HANA},Ada,https://www.linkedin.com/in/ada,2024-03-12 09:15:03 UTC,,Draft,DRAFT,Yes`,
      `2,,Win Big,https://www.linkedin.com/in/spam,Hana,${HANA},2024-03-12 09:15:03 UTC,,Offer,SPAM,No`,
      `3,,Hana,${HANA},Ada,https://www.linkedin.com/in/ada,2024-03-13 10:00:00 UTC,,Sent,SENT,No`,
    ].join("\r\n");
    expect(parseLinkedInMessages(csv, { myProfileUrl: HANA }).map((t) => t.line)).toEqual([4]);
  });

  it("names the line of a date it cannot read", () => {
    const csv = `${HEAD}\n1,,Ada,,Zoë,,2024-03-12 09:15:03 UTC,,Hi,INBOX\n1,,Zoë,,Ada,,yesterday,,Hi,INBOX\n`;
    expect(failure(() => parseLinkedInMessages(csv, { myName: "Ada" })).message).toBe(
      'line 3: The DATE "yesterday" is not a date like 2024-03-12 09:15:03 UTC (or 10/16/18, 8:36 AM in older exports).',
    );
  });

  it("returns nothing for an export without messages and names the columns of a wrong file", () => {
    expect(parseLinkedInMessages(`${HEAD}\r\n`)).toEqual([]);
    expect(failure(() => parseLinkedInMessages("From,To\nAda,Zoë\n")).message).toMatch(
      /^No LinkedIn messages header found: expected CONVERSATION ID, .*FROM, .*DATE/,
    );
  });
});

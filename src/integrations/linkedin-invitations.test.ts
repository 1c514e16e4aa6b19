import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportFormatError } from "./imported.js";
import { parseLinkedInInvitations } from "./linkedin-invitations.js";

const file = readFileSync(new URL("../../test/fixtures/linkedin/Invitations.csv", import.meta.url));
const HEAD = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";

function failure(input: string): ImportFormatError {
  try {
    parseLinkedInInvitations(input);
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error("expected an ImportFormatError");
}

describe("parseLinkedInInvitations", () => {
  const touches = parseLinkedInInvitations(file);

  it("turns outgoing invitations into outbound touches with the invitee, incoming ones inbound from the inviter", () => {
    expect(touches.map((t) => [t.line, t.direction, t.name, t.linkedinUrl, t.occurredAt])).toEqual([
      [
        2,
        "outbound",
        "Zoë Ñúñez",
        "https://www.linkedin.com/in/zoe-nunez-4a1b2c",
        "2024-03-12T09:15:00.000Z",
      ],
      [
        3,
        "inbound",
        "Jürgen Müller",
        "https://www.linkedin.com/in/juergenmueller",
        "2023-11-03T16:47:00.000Z",
      ],
      [4, "inbound", "李 王", "https://www.linkedin.com/in/li-wang-8899", "2024-01-05T00:05:00.000Z"],
      [5, "outbound", "Ada O'Brien", "https://www.linkedin.com/in/ada-obrien", "2023-12-31T12:30:00.000Z"],
    ]);
    expect(touches.every((t) => t.kind === "invitation")).toBe(true);
  });

  it("summarises the invitation's note in at most 80 characters", () => {
    expect(touches[0]?.summary).toBe(
      'Hi Zoë, I enjoyed your talk on "causal ML" at PyData Berlin, and I\'d love to…',
    );
    expect(touches[1]?.summary).toBe("Invitation to connect");
    expect(touches[2]?.summary).toBe("你好 Hana, 很高兴认识你!");
  });

  it("names the line of an unknown direction or an unreadable time", () => {
    expect(failure(`${HEAD}\nAda,Zoë,"3/12/24, 9:15 AM",,SIDEWAYS,,\n`).message).toBe(
      'line 2: The Direction "SIDEWAYS" is neither OUTGOING nor INCOMING.',
    );
    expect(
      failure(`${HEAD}\nAda,Zoë,"3/12/24, 9:15 AM",,OUTGOING,,\nAda,Zoë,last week,,OUTGOING,,\n`).message,
    ).toBe('line 3: The Sent At "last week" is not a time like 3/12/24, 9:15 AM.');
  });

  it("names the expected columns of a wrong file", () => {
    expect(failure("Name,Email\nAda,ada@example.com\n").message).toMatch(
      /^No LinkedIn invitations header found: expected From, To, Sent At, Message, Direction/,
    );
  });
});

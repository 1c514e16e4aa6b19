import { describe, expect, it } from "vitest";
import { parseConnectedOn, parseInvitationDate, parseMessageDate } from "./linkedin-dates.js";

describe("parseConnectedOn", () => {
  it.each([
    ["12 Mar 2024", "2024-03-12"],
    ["5 Jan 2022", "2022-01-05"],
    ["01 September 2020", "2020-09-01"],
    ["12 März 2024", "2024-03-12"],
    ["12. März 2024", "2024-03-12"],
    ["1. Dez. 2021", "2021-12-01"],
    ["03 Okt 2022", "2022-10-03"],
    ["07 Mai 2020", "2020-05-07"],
    ["12.03.2024", "2024-03-12"],
    ["12 mars 2024", "2024-03-12"],
    ["3 févr. 2023", "2023-02-03"],
    ["15 août 2019", "2019-08-15"],
    ["2024-03-12", "2024-03-12"],
    ["Mar 12, 2024", "2024-03-12"],
    ["3/12/24", "2024-03-12"],
    ["29 Feb 2024", "2024-02-29"],
  ])("reads %s", (text, iso) => {
    expect(parseConnectedOn(text)).toBe(iso);
  });

  it.each(["", "soon", "31 Apr 2024", "29 Feb 2023", "12 Foo 2024", "32.01.2024", "2024-13-01"])(
    "returns null for %j",
    (text) => {
      expect(parseConnectedOn(text)).toBeNull();
    },
  );
});

describe("parseMessageDate", () => {
  it("reads the messages.csv form as UTC", () => {
    expect(parseMessageDate("2024-03-12 09:15:03 UTC")).toBe("2024-03-12T09:15:03.000Z");
    expect(parseMessageDate("2024-03-12 09:15")).toBe("2024-03-12T09:15:00.000Z");
    expect(parseMessageDate("2024-03-12T23:59:59Z")).toBe("2024-03-12T23:59:59.000Z");
  });

  it("returns null for anything else", () => {
    for (const text of ["", "12 Mar 2024", "2024-03-12 25:00:00 UTC", "2024-02-30 10:00:00 UTC"]) {
      expect(parseMessageDate(text)).toBeNull();
    }
  });
});

describe("parseInvitationDate", () => {
  it("reads month-first dates with a 12-hour or 24-hour clock", () => {
    expect(parseInvitationDate("3/12/24, 9:15 AM")).toBe("2024-03-12T09:15:00.000Z");
    expect(parseInvitationDate("11/3/23, 4:47 PM")).toBe("2023-11-03T16:47:00.000Z");
    expect(parseInvitationDate("1/5/24, 12:05 AM")).toBe("2024-01-05T00:05:00.000Z");
    expect(parseInvitationDate("12/31/23, 12:30 PM")).toBe("2023-12-31T12:30:00.000Z");
    expect(parseInvitationDate("12/31/2023 18:30")).toBe("2023-12-31T18:30:00.000Z");
    expect(parseInvitationDate("2024-03-12 09:15:03 UTC")).toBe("2024-03-12T09:15:03.000Z");
  });

  it("returns null for impossible times", () => {
    expect(parseInvitationDate("3/12/24, 13:15 PM")).toBeNull();
    expect(parseInvitationDate("13/12/24, 9:15 AM")).toBeNull();
    expect(parseInvitationDate("yesterday")).toBeNull();
  });
});

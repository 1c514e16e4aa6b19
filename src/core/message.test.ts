import { describe, expect, it } from "vitest";
import { impliedPurpose, offeredPurposes } from "./message.js";

describe("impliedPurpose", () => {
  it("takes the first message out on a conversation still at to-ask for the request", () => {
    expect(impliedPurpose("outbound", "to-ask")).toBe("request");
  });
  it("leaves anything else as other", () => {
    expect(impliedPurpose("inbound", "to-ask")).toBe("other");
    expect(impliedPurpose("outbound", "asked")).toBe("other");
    expect(impliedPurpose("outbound", null)).toBe("other");
  });
});

describe("offeredPurposes", () => {
  const request = { purpose: "request", direction: "outbound", status: "sent", repliedAt: null } as const;

  it("offers the message the stage calls for", () => {
    expect(offeredPurposes("to-ask", []).main).toBe("request");
    expect(offeredPurposes("asked", []).main).toBe("request");
    expect(offeredPurposes("asked", [request]).main).toBe("follow-up");
    expect(offeredPurposes("done", [request]).main).toBe("thank-you");
    expect(offeredPurposes("keeping-in-touch", [request]).main).toBe("stay-in-touch");
    expect(offeredPurposes("scheduled", [request]).main).toBe("other");
    expect(offeredPurposes("asked", [request]).others).not.toContain("follow-up");
  });

  it("offers no nudge once they replied", () => {
    const replied = offeredPurposes("asked", [{ ...request, repliedAt: "2026-11-20T09:00:00.000Z" }]);
    expect(replied.main).toBe("other");
    expect(replied.others).not.toContain("follow-up");
    const answer = { purpose: "other", direction: "inbound", status: "sent", repliedAt: null } as const;
    expect(offeredPurposes("asked", [request, answer]).main).toBe("other");
    expect(offeredPurposes("asked", [request, answer]).others).not.toContain("follow-up");
  });
});

import { describe, expect, it } from "vitest";
import { impliedPurpose } from "./message.js";

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

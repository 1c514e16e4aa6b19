import { describe, expect, it } from "vitest";
import { isReachableFromInternet, publicUrlOf } from "./public-url.js";

describe("isReachableFromInternet", () => {
  it("says an address on this machine or the local network cannot be reached by a cloud calendar", () => {
    for (const url of [
      publicUrlOf("127.0.0.1", 4545),
      publicUrlOf("::1", 4545),
      "http://localhost:4545",
      "http://0.0.0.0:4545",
      "http://192.168.1.20:4545",
      "http://10.0.0.5",
      "http://172.20.1.1",
      "http://laptop.local:4545",
      "http://[fd00::1]:4545",
      "not an address",
    ]) {
      expect(isReachableFromInternet(url), url).toBe(false);
    }
  });

  it("says a public address can be reached", () => {
    expect(isReachableFromInternet("https://coffeechat.example.edu")).toBe(true);
    expect(isReachableFromInternet("http://203.0.113.7:8080")).toBe(true);
  });
});

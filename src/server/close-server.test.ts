import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { closeServer } from "./close-server.js";

describe("stopping the server", () => {
  it("closes a connection that was answering when it began to stop, once answered, despite a long keep-alive", async () => {
    const server = http.createServer((_request, response) => setTimeout(() => response.end("ok"), 100));
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const agent = new http.Agent({ keepAlive: true });
    try {
      const { port } = server.address() as AddressInfo;
      const answered = new Promise<string>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, agent }, (response) => {
            let body = "";
            response.on("data", (chunk) => {
              body += chunk;
            });
            response.on("end", () => resolve(body));
          })
          .on("error", reject);
      });
      // Stop once the request is being answered.
      await new Promise((resolve) => server.once("request", resolve));
      const stopped = closeServer(server).then(() => "stopped");
      expect(await answered).toBe("ok");
      const late = new Promise((resolve) => setTimeout(() => resolve("still open"), 20_000).unref());
      expect(await Promise.race([stopped, late])).toBe("stopped");
    } finally {
      agent.destroy();
      server.closeAllConnections();
    }
  }, 30_000);
});

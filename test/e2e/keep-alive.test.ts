// A user's script keeps its connection to the server open between calls, and may pause (a long
// computation, a slow machine) before the next one. The server must not shut that idle connection
// before the client would: a request sent on a socket the server has just closed is lost
// ("other side closed"), and clients do not resend a POST.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, startServer } from "../support/spawn-server.js";

interface Answer {
  status: number;
  reusedSocket: boolean;
}

function call(agent: http.Agent, url: string, method: string, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { agent, method, headers: { "content-type": "application/json" } },
      (response) => {
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, reusedSocket: request.reusedSocket }),
        );
      },
    );
    request.on("error", reject);
    request.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe("an idle connection between calls", () => {
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it("is still open for a POST after the client paused longer than Node's 5 s default", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await call(agent, `${server.url}/api/contacts?limit=1`, "GET")).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      const created = await call(agent, `${server.url}/api/contacts`, "POST", {
        firstName: "Ada",
        lastName: "Lovelace",
      });
      expect(created.status).toBe(201);
      expect(created.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  }, 30_000);
});

import type { Server } from "node:http";

/**
 * Stops taking connections and resolves once every one is closed. Node closes the connections
 * idle at that moment, but one that is answering would stay open for its whole keep-alive time
 * once answered (65 s, see serve.ts): each is closed as soon as it is idle.
 */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
  });
}

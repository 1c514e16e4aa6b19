import { Command } from "commander";
import { loadConfig } from "../config.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the web app and the API (what `npm start` runs)")
    .option("--port <port>", "port to listen on (default $PORT or 4545)")
    .option("--json", "print where it listens as JSON")
    .action(async (options: { port?: string; json?: boolean }) => {
      const config = loadConfig(
        options.port === undefined ? process.env : { ...process.env, PORT: options.port },
      );
      const { startServer } = await import("../server/serve.js");
      const server = await startServer(config);
      const where = server.runtime.db.dialect === "sqlite" ? server.runtime.db.location : "PostgreSQL";
      if (options.json) {
        console.log(JSON.stringify({ url: server.url, database: server.runtime.db.dialect }));
      } else {
        console.log(`coffeechat is ready at ${server.url}  (data: ${where}; Ctrl+C stops)`);
      }
      const stop = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

// A real server with a realistic amount of data for the load check: contacts imported from a
// LinkedIn export, a few conversations and tasks so the agenda has work to show.
import { makeLinkedInConnectionsCsv } from "../../src/integrations/linkedin-fixture.js";
import { type StartedServer, startServer } from "../support/spawn-server.js";

export interface LoadServer {
  server: StartedServer;
  contactIds: string[];
}

export async function startLoadServer(
  contacts: number,
  env: Record<string, string> = {},
): Promise<LoadServer> {
  const server = await startServer({ env });
  try {
    const csv = makeLinkedInConnectionsCsv(contacts, { language: "en" });
    const imported = await fetch(`${server.url}/api/import/linkedin`, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: csv,
    });
    if (imported.status !== 200)
      throw new Error(`Import answered ${imported.status}: ${await imported.text()}`);
    const page = (await (await fetch(`${server.url}/api/contacts?limit=100`)).json()) as {
      items: { id: string }[];
    };
    const contactIds = page.items.map((c) => c.id);
    for (const [i, contactId] of contactIds.slice(0, 40).entries()) {
      await fetch(`${server.url}/api/conversations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          contactId,
          kind: "company",
          stage: i % 2 ? "scheduled" : "asked",
          ...(i % 2 ? { scheduledAt: new Date(Date.now() + i * 3_600_000).toISOString() } : {}),
        }),
      });
    }
    return { server, contactIds };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

// Fixtures for the API tests of conversation mode: a person, a goal and a held conversation.
import type { testClient } from "hono/testing";
import type { createApp } from "../../src/server/app.js";
import { okJson } from "./ok-json.js";

export type Client = ReturnType<typeof testClient<ReturnType<typeof createApp>>>;

export async function newContact(client: Client, json: Record<string, unknown> = {}) {
  return okJson(
    await client.api.contacts.$post({ json: { firstName: "Ada", lastName: "Lovelace", ...json } }),
  );
}

/** Ada Lovelace, a goal, and an industry conversation with her held yesterday that serves it. */
export async function heldChat(client: Client) {
  const ada = await newContact(client);
  const goal = await okJson(
    await client.api.goals.$post({ json: { title: "Explore analytics", kind: "role" } }),
  );
  const conversation = await okJson(
    await client.api.conversations.$post({
      json: {
        contactId: ada.id,
        kind: "industry",
        stage: "scheduled",
        scheduledAt: "2026-11-24T10:00:00Z",
        goalIds: [goal.id],
      },
    }),
  );
  return { ada, goal, conversation };
}

// A few records of every kind, made through the API, whose ids the fuzzer then aims at.
import type { FuzzRequest } from "./openapi-requests.js";

type Send = (request: FuzzRequest) => Promise<Response>;

async function create(send: Send, path: string, body: unknown): Promise<string | undefined> {
  const response = await send({
    method: "POST",
    path,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`Seeding ${path} answered ${response.status}: ${await response.text()}`);
  const created = (await response.json()) as { id?: string; token?: string };
  return created.id ?? created.token;
}

/** Ids by kind: the first segment of the route after /api ("contacts", "goals", "feeds"…). */
export class IdsByKind {
  private readonly byKind = new Map<string, string[]>();

  add(kind: string, id: string | undefined): void {
    if (id === undefined) return;
    const list = this.byKind.get(kind) ?? [];
    if (!list.includes(id)) list.push(id);
    this.byKind.set(kind, list);
  }

  of(kind: string | undefined): readonly string[] {
    if (kind && this.byKind.has(kind)) return this.byKind.get(kind) ?? [];
    return [...this.byKind.values()].flat();
  }
}

/** Creates contacts, an organisation, goals, conversations, a message, a task, a question, a template. */
export async function seedRecords(send: Send): Promise<IdsByKind> {
  const ids = new IdsByKind();
  const ada = await create(send, "/api/contacts", {
    firstName: "Ada",
    lastName: "Lovelace",
    emails: ["ada@example.org"],
    organization: "Analytical Engines",
    timeZone: "Asia/Kolkata",
    tags: ["math"],
  });
  const grace = await create(send, "/api/contacts", { firstName: "Grace", introducedById: ada });
  const goal = await create(send, "/api/goals", { title: "Process chemistry", kind: "industry" });
  const conversation = await create(send, "/api/conversations", {
    contactId: ada,
    kind: "company",
    stage: "scheduled",
    scheduledAt: "2026-11-24T15:00:00Z",
    goalIds: [goal],
  });
  ids.add("contacts", ada);
  ids.add("contacts", grace);
  ids.add("goals", goal);
  ids.add("conversations", conversation);
  ids.add("conversations", await create(send, "/api/conversations", { contactId: grace, kind: "person" }));
  ids.add("organizations", await create(send, "/api/organizations", { name: "Navy Lab" }));
  ids.add("tasks", await create(send, "/api/tasks", { title: "Send the paper", contactId: ada }));
  ids.add("questions", await create(send, "/api/questions", { text: "What changed?", area: "trends" }));
  const mine = { kind: "request", channel: "email", name: "Mine", body: "Hi {{firstName}}" };
  ids.add("templates", await create(send, "/api/templates", mine));
  const message = {
    contactId: ada,
    conversationId: conversation,
    channel: "email",
    purpose: "request",
    direction: "outbound",
    status: "sent",
    subject: "Hello",
    body: "Could we talk?",
    sentAt: "2026-11-20T09:00:00Z",
  };
  ids.add("messages", await create(send, "/api/messages", message));
  const given = { direction: "given", description: "An article" };
  ids.add("exchanges", await create(send, `/api/contacts/${ada}/exchanges`, given));
  const insight = { text: "Hiring is slow", goalId: goal };
  ids.add("insights", await create(send, `/api/conversations/${conversation}/insights`, insight));
  ids.add("feeds", await create(send, "/api/calendar-feed", {}));
  const templates = (await (await send({ method: "GET", path: "/api/templates", headers: {} })).json()) as
    | {
        items?: { id: string }[];
      }
    | { id: string }[];
  const list = Array.isArray(templates) ? templates : (templates.items ?? []);
  for (const template of list.slice(0, 3)) ids.add("templates", template.id);
  return ids;
}

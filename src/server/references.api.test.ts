import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import { createApp } from "./app.js";

const UNKNOWN = "11111111-1111-4111-8111-111111111111";

describe.each(dialects)("ids of other rows and dates out of range [%s]", (dialect) => {
  let t: TestRuntime;
  let app: ReturnType<typeof createApp>;
  const post = async (path: string, body: unknown) => {
    const response = await app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, never> };
  };

  beforeEach(async () => {
    t = await createTestRuntime(dialect);
    app = createApp({ contextFor: () => t.ctx, version: "test" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("answer 400 naming the field for an unknown template, contact, goal or introducer; nothing is written", async () => {
    const ada = await post("/api/contacts", { firstName: "Ada" });
    const message = await post("/api/messages", {
      contactId: ada.body.id,
      channel: "email",
      purpose: "request",
      status: "sent",
      body: "Could we talk?",
      sentAt: "2026-11-20T09:00:00Z",
      templateId: UNKNOWN,
    });
    expect(message).toEqual({
      status: 400,
      body: {
        error: { code: "validation_failed", message: expect.stringContaining(UNKNOWN), field: "templateId" },
      },
    });
    const messages = await (await app.request(`/api/messages?contactId=${ada.body.id}`)).json();
    expect(messages).toMatchObject({ items: [] });

    expect(await post("/api/contacts", { firstName: "B", introducedById: UNKNOWN })).toMatchObject({
      status: 400,
      body: { error: { field: "introducedById" } },
    });
    expect(await post("/api/conversations", { contactId: UNKNOWN, kind: "person" })).toMatchObject({
      status: 400,
      body: { error: { field: "contactId" } },
    });
    expect(
      await post("/api/conversations", { contactId: ada.body.id, kind: "person", goalIds: [UNKNOWN] }),
    ).toMatchObject({ status: 400, body: { error: { field: "goalIds" } } });
  });

  it("answer 400 for dates outside the years 1900–2200", async () => {
    const ada = await post("/api/contacts", { firstName: "Ada" });
    for (const scheduledAt of ["0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z"]) {
      const response = await post("/api/conversations", {
        contactId: ada.body.id,
        kind: "person",
        scheduledAt,
      });
      expect(response, scheduledAt).toMatchObject({
        status: 400,
        body: { error: { field: "scheduledAt", message: expect.stringContaining("1900") } },
      });
    }
    expect(await post("/api/tasks", { title: "Far", dueAt: "9999-12-31T00:00:00Z" })).toMatchObject({
      status: 400,
      body: { error: { field: "dueAt" } },
    });
    const fine = await post("/api/conversations", {
      contactId: ada.body.id,
      kind: "person",
      scheduledAt: "1900-01-01T00:00:00Z",
    });
    expect(fine.status).toBe(201);
  });
});

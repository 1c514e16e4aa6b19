import { testClient } from "hono/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, heldChat, newContact } from "../../test/support/conversation-fixtures.js";
import { createTestRuntime, dialects, fixedClock, type TestRuntime } from "../../test/support/databases.js";
import { okJson } from "../../test/support/ok-json.js";
import { createApp } from "./app.js";

const NOW = "2026-11-25T10:00:00.000Z"; // 11:00 in Berlin, the test user's zone

describe.each(dialects)(
  "their needs, the exchange ledger and giving back, through the API [%s]",
  (dialect) => {
    let t: TestRuntime;
    let client: Client;

    beforeEach(async () => {
      t = await createTestRuntime(dialect, fixedClock(NOW));
      client = testClient(createApp({ contextFor: () => t.ctx, version: "test" }));
    });
    afterEach(async () => {
      await t.close();
    });

    it("notes their needs on dated lines, and keeps the exchange ledger", async () => {
      const { ada, conversation } = await heldChat(client);
      await client.api.conversations[":id"].needs.$post({
        param: { id: conversation.id },
        json: { text: "A Python mentor" },
      });
      const contact = await (
        await client.api.conversations[":id"].needs.$post({
          param: { id: conversation.id },
          json: { text: "Speakers" },
        })
      ).json();
      expect(contact).toMatchObject({ needs: "2026-11-25: A Python mentor\n2026-11-25: Speakers" });

      const param = { id: ada.id };
      const received = await client.api.contacts[":id"].exchanges.$post({
        param,
        json: { direction: "received", description: "Advice on portfolios", conversationId: conversation.id },
      });
      expect(received.status).toBe(201);
      await client.api.contacts[":id"].exchanges.$post({
        param,
        json: { direction: "given", description: "Sent an article", occurredAt: "2026-11-20T10:00:00Z" },
      });
      const ledger = await (await client.api.contacts[":id"].exchanges.$get({ param })).json();
      expect(ledger).toMatchObject({
        received: [{ description: "Advice on portfolios", conversationId: conversation.id, occurredAt: NOW }],
        given: [{ description: "Sent an article", occurredAt: "2026-11-20T10:00:00.000Z" }],
        needs: "2026-11-25: A Python mentor\n2026-11-25: Speakers",
      });
      const future = await client.api.contacts[":id"].exchanges.$post({
        param,
        json: { direction: "given", description: "Later", occurredAt: "2027-01-01T00:00:00Z" },
      });
      expect(await future.json()).toMatchObject({ error: { field: "occurredAt" } });
      const entry = await received.json();
      if (!("id" in entry)) throw new Error("no entry");
      expect((await client.api.exchanges[":id"].$delete({ param: { id: entry.id } })).status).toBe(204);
      expect((await okJson(await client.api.contacts[":id"].exchanges.$get({ param }))).received).toEqual([]);
    });

    it("suggests giving back to people I have only taken from, at most 3 a day", async () => {
      const people = [];
      for (const name of ["Ann", "Ben", "Cat", "Dan"]) {
        const person = await newContact(client, { firstName: name });
        people.push(person);
        for (const what of ["An intro", "Advice"]) {
          await client.api.contacts[":id"].exchanges.$post({
            param: { id: person.id },
            json: { direction: "received", description: what },
          });
        }
      }
      const items = async () =>
        (await okJson(await client.api.agenda.$get())).sections.flatMap((s) =>
          s.items.filter((i) => i.kind === "give-back").map((i) => ({ ...i, section: s.id })),
        );
      const suggested = await items();
      expect(suggested).toHaveLength(3);
      expect(suggested.every((i) => i.section === "today")).toBe(true);
      const gaveTo = suggested[0]?.contactId ?? "";
      await client.api.contacts[":id"].exchanges.$post({
        param: { id: gaveTo },
        json: { direction: "given", description: "A book" },
      });
      const after = await items();
      expect(after).toHaveLength(3);
      expect(after.map((i) => i.contactId)).not.toContain(gaveTo);
    });

    it("counts the people someone introduced me to as received from them, on the ledger and for giving back", async () => {
      const grace = await newContact(client, { firstName: "Grace", lastName: "Hopper" });
      const alan = await newContact(client, {
        firstName: "Alan",
        lastName: "Turing",
        title: "Cryptanalyst",
        source: "referral",
        introducedById: grace.id,
      });
      await newContact(client, { firstName: "Kay", lastName: "Antcliffe", introducedById: grace.id });
      await client.api.contacts[":id"].exchanges.$post({
        param: { id: grace.id },
        json: { direction: "received", description: "Advice on portfolios" },
      });
      const ledger = await okJson(
        await client.api.contacts[":id"].exchanges.$get({ param: { id: grace.id } }),
      );
      expect(ledger.introduced.map((p) => p.fullName).sort()).toEqual(["Alan Turing", "Kay Antcliffe"]);
      expect(ledger.introduced.find((p) => p.contactId === alan.id)).toMatchObject({ title: "Cryptanalyst" });
      expect(ledger.receivedCount).toBe(3);
      const giveBack = async () =>
        (await okJson(await client.api.agenda.$get())).sections.flatMap((s) =>
          s.items.filter((i) => i.kind === "give-back"),
        );
      // Two referrals alone are enough to be reminded to give back.
      const kay = await newContact(client, { firstName: "Lin" });
      await newContact(client, { firstName: "Max", introducedById: kay.id });
      await newContact(client, { firstName: "Nia", introducedById: kay.id });
      expect((await giveBack()).map((i) => i.contactId).sort()).toEqual([grace.id, kay.id].sort());
      const alansLedger = await okJson(
        await client.api.contacts[":id"].exchanges.$get({ param: { id: alan.id } }),
      );
      expect(alansLedger).toMatchObject({ introduced: [], receivedCount: 0 });
    });

    it("never lets another user read or change someone's ledger", async () => {
      const { ada } = await heldChat(client);
      const entry = await okJson(
        await client.api.contacts[":id"].exchanges.$post({
          param: { id: ada.id },
          json: { direction: "received", description: "Mine" },
        }),
      );
      const bob = await t.otherUser();
      const bobs = testClient(createApp({ contextFor: () => bob, version: "test" }));
      const statuses = await Promise.all([
        bobs.api.contacts[":id"].exchanges.$get({ param: { id: ada.id } }),
        bobs.api.contacts[":id"].exchanges.$post({
          param: { id: ada.id },
          json: { direction: "given", description: "x" },
        }),
        bobs.api.exchanges[":id"].$delete({ param: { id: entry.id } }),
      ]);
      expect(statuses.map((r) => r.status)).toEqual([404, 404, 404]);
      expect(
        (await okJson(await client.api.contacts[":id"].exchanges.$get({ param: { id: ada.id } }))).received,
      ).toHaveLength(1);
      const agenda = await okJson(await bobs.api.agenda.$get());
      expect(agenda.sections.flatMap((s) => s.items)).toEqual([]);
    });
  },
);

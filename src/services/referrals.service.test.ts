import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestRuntime, dialects, type TestRuntime } from "../../test/support/databases.js";
import type { Repos } from "../db/repos.js";
import { exportBackup, restoreBackup } from "./backup.service.js";
import { createContact, listContacts } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { createConversation, listConversations } from "./conversations.service.js";
import { addReferral, listReferrals } from "./referrals.service.js";

/** The same user, whose transactions fail when they add a conversation (a full disk, say). */
function failingWhenAddingConversations(ctx: ServiceContext): ServiceContext {
  const breakRepos = (repos: Repos): Repos => ({
    ...repos,
    conversations: new Proxy(repos.conversations, {
      get(target, property) {
        if (property === "create") return () => Promise.reject(new Error("disk I/O error"));
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    }),
  });
  const store = ctx.store;
  return {
    ...ctx,
    store: {
      ...store,
      transaction: (fn) => store.transaction((tx) => fn({ ...tx, repos: breakRepos(tx.repos) })),
    },
  };
}

describe.each(dialects)("referrals [%s]", (dialect) => {
  let t: TestRuntime;
  beforeEach(async () => {
    t = await createTestRuntime(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("adds the person and the conversation to ask them for, or nothing when the second write fails", async () => {
    const grace = await createContact(t.ctx, { firstName: "Grace", lastName: "Hopper" });
    const talk = await createConversation(t.ctx, { contactId: grace.id, stage: "done" });

    await expect(
      addReferral(failingWhenAddingConversations(t.ctx), talk.id, {
        firstName: "Katherine",
        lastName: "Johnson",
        email: "kj@example.org",
      }),
    ).rejects.toThrow("disk I/O error");
    expect((await listContacts(t.ctx, { q: "Katherine" })).total).toBe(0);
    expect((await listConversations(t.ctx, {})).total).toBe(1);

    const referral = await addReferral(t.ctx, talk.id, {
      firstName: "Katherine",
      lastName: "Johnson",
      email: "kj@example.org",
    });
    expect(referral.contact).toMatchObject({ fullName: "Katherine Johnson", introducedById: grace.id });
    expect(referral.conversation).toMatchObject({ contactId: referral.contact.id, stage: "to-ask" });
  });

  it("keeps the referrals of a conversation through a backup restored with new ids", async () => {
    const grace = await createContact(t.ctx, { firstName: "Grace", lastName: "Hopper" });
    const talk = await createConversation(t.ctx, { contactId: grace.id, stage: "done" });
    await addReferral(t.ctx, talk.id, { firstName: "Katherine", lastName: "Johnson" });
    const backup = JSON.parse(JSON.stringify(await exportBackup(t.ctx)));

    const bob = await t.otherUser();
    await restoreBackup(bob, backup, { newIds: true });
    const bobsTalk = (await listConversations(bob, { stage: ["done"] })).items[0];
    expect(bobsTalk && bobsTalk.id !== talk.id).toBe(true);
    const listed = await listReferrals(bob, bobsTalk?.id ?? "");
    expect(listed.map((r) => [r.contact.fullName, r.contact.introducedById === bobsTalk?.contactId])).toEqual(
      [["Katherine Johnson", true]],
    );
    expect(listed[0]?.conversation).toMatchObject({ stage: "to-ask", contactId: listed[0]?.contact.id });
    expect(await listReferrals(t.ctx, talk.id)).toHaveLength(1);
  });
});

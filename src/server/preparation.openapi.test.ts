import { describe, expect, it } from "vitest";
import { createApp } from "./app.js";

describe("the OpenAPI document", () => {
  it("documents the preparation, goal and exchange routes with their named schemas", async () => {
    // The document needs no data: a context that is never used will do.
    const app = createApp({ contextFor: () => ({}) as never, version: "test" });
    const doc = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    const methods = (path: string) => Object.keys(doc.paths[path] ?? {}).sort();
    expect(methods("/api/questions")).toEqual(["get", "post"]);
    expect(methods("/api/questions/{id}")).toEqual(["delete", "patch"]);
    expect(methods("/api/questions/reorder")).toEqual(["post"]);
    expect(methods("/api/goals")).toEqual(["get", "post"]);
    expect(methods("/api/goals/{id}")).toEqual(["delete", "get", "patch"]);
    expect(methods("/api/goals/compare")).toEqual(["get"]);
    expect(methods("/api/conversations/{id}/prep")).toEqual(["get"]);
    expect(methods("/api/conversations/{id}/questions")).toEqual(["get", "put"]);
    expect(methods("/api/conversations/{id}/referrals")).toEqual(["get", "post"]);
    for (const add of ["promises", "needs", "insights"])
      expect(methods(`/api/conversations/{id}/${add}`)).toEqual(["post"]);
    expect(methods("/api/conversations/{id}/goals/{goalId}/fit")).toEqual(["put"]);
    expect(methods("/api/insights")).toEqual(["get"]);
    expect(methods("/api/insights/{id}")).toEqual(["delete"]);
    expect(methods("/api/contacts/{id}/exchanges")).toEqual(["get", "post"]);
    expect(methods("/api/exchanges/{id}")).toEqual(["delete"]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        "Question",
        "QuestionList",
        "QuestionRemoval",
        "PrepSheet",
        "ConversationQuestions",
        "Goal",
        "GoalDetail",
        "GoalComparison",
        "GoalFit",
        "Insight",
        "Exchange",
        "ExchangeLedger",
        "Referral",
      ]),
    );
  });
});

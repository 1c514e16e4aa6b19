// Typed calls for what a conversation leads to: referrals, promises, needs, insights and goal fit.
import type { Contact } from "../../core/contact.js";
import type { Conversation } from "../../core/conversation.js";
import type { Task } from "../../core/task.js";
import type { FitInput, GoalFit, NeedInput, PromiseInput } from "../../services/follow-through.service.js";
import type { Insight, InsightInput } from "../../services/insights.service.js";
import type { ReferralInput } from "../../services/referrals.service.js";
import { request } from "./http.js";

export type { FitInput, GoalFit, Insight, InsightInput, NeedInput, PromiseInput, ReferralInput };

export interface Referral {
  contact: Contact;
  conversation: Conversation;
}

const base = (conversationId: string) => `/conversations/${encodeURIComponent(conversationId)}`;

/** Someone they suggested: a new or existing contact introduced by them, and a to-ask conversation. */
export function addReferral(conversationId: string, input: ReferralInput): Promise<Referral> {
  return request("POST", `${base(conversationId)}/referrals`, { body: input });
}

/** A promise I made: my task, due tomorrow at 17:00 unless said. */
export function addPromise(conversationId: string, input: PromiseInput): Promise<Task> {
  return request("POST", `${base(conversationId)}/promises`, { body: input });
}

/** A need of theirs, added to the person's needs on a dated line. */
export function addNeed(conversationId: string, input: NeedInput): Promise<Contact> {
  return request("POST", `${base(conversationId)}/needs`, { body: input });
}

export function addInsight(conversationId: string, input: InsightInput): Promise<Insight> {
  return request("POST", `${base(conversationId)}/insights`, { body: input });
}

export function listInsights(
  params: { goalId?: string; conversationId?: string; contactId?: string },
  signal?: AbortSignal,
): Promise<{ items: Insight[] }> {
  return request("GET", "/insights", { query: { ...params }, signal });
}

export function deleteInsight(id: string): Promise<void> {
  return request("DELETE", `/insights/${encodeURIComponent(id)}`);
}

/** How well a goal fits after this conversation (1-5, null clears). */
export function setGoalFit(conversationId: string, goalId: string, input: FitInput): Promise<GoalFit> {
  return request("PUT", `${base(conversationId)}/goals/${encodeURIComponent(goalId)}/fit`, { body: input });
}

// The one typed client of the API: every call the web app makes goes through `api`, whose request
// and response types follow from the server's routes (AppType), and through `call`, which turns
// the answer into data or an ApiError.
import { type ClientResponse, hc, parseResponse } from "hono/client";
import type { AppType } from "../../server/app.js";
import { ApiError, toApiError } from "./http.js";

type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** Query parameters without the unset ones (undefined, null or ""), as the old client sent them. */
function searchParams(query: Record<string, QueryValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.set(key, String(value));
  }
  return params;
}

/** The API under /api, typed from the server's routes. */
export const api = hc<AppType>("/", {
  headers: { accept: "application/json" },
  buildSearchParams: searchParams,
}).api;

/** A path segment as it goes into the address (ids come from the page's address, so may hold anything). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** The `param` of a call by id. */
export function byId(id: string): { id: string } {
  return { id: segment(id) };
}

/** Options for a call: the signal that cancels it (TanStack Query passes one to each query). */
export function init(signal?: AbortSignal): { init: RequestInit } {
  return { init: signal ? { signal } : {} };
}

/**
 * Sends a request made with `api` and answers its data (typed from the route's success
 * response); a non-2xx answer throws an ApiError, a network failure an ApiError "network_error".
 */
export async function call<T extends ClientResponse<unknown>>(sending: Promise<T>) {
  let response: T;
  try {
    response = await sending;
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", "Could not reach the coffeechat server. Is it running?");
  }
  try {
    return await parseResponse(response);
  } catch (error) {
    if (!response.ok) throw toApiError(response.status, payloadOf(error));
    throw error;
  }
}

/** The body of a refused answer, as parseResponse read it (null when it was not JSON). */
function payloadOf(error: unknown): unknown {
  if (error instanceof Error && "detail" in error) {
    const detail = error.detail;
    if (typeof detail === "object" && detail !== null && "data" in detail) return detail.data;
  }
  return null;
}

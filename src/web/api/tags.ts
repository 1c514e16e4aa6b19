// Typed calls to /api/tags.
import { request } from "./http.js";

export interface TagCount {
  name: string;
  contactCount: number;
}

export function listTags(signal?: AbortSignal): Promise<{ items: TagCount[] }> {
  return request("GET", "/tags", { signal });
}

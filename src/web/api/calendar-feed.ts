// Typed calls to /api/calendar-feed: the secret, revocable address a calendar app subscribes to.
import { request } from "./http.js";

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: string | null;
}

/** A new feed address; the only time its secret is shown. */
export interface NewCalendarFeed {
  token: string;
  url: string;
  createdAt: string;
}

export function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeedStatus> {
  return request("GET", "/calendar-feed", { signal });
}

export function createCalendarFeed(): Promise<NewCalendarFeed> {
  return request("POST", "/calendar-feed");
}

export function revokeCalendarFeed(): Promise<void> {
  return request("DELETE", "/calendar-feed");
}

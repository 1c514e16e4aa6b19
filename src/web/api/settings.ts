// Typed calls to /api/settings: my name and zone, and the rules of my practice.
import type { Settings, SettingsInput } from "../../services/settings.service.js";
import { request } from "./http.js";

export type { Settings, SettingsInput };

export function getSettings(signal?: AbortSignal): Promise<Settings> {
  return request("GET", "/settings", { signal });
}

export function updateSettings(input: SettingsInput): Promise<Settings> {
  return request("PATCH", "/settings", { body: input });
}

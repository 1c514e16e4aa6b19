// Addresses the browser opens itself (downloads), built by the typed client so they follow the routes.
import type { ExportFormat } from "../../core/file-formats.js";
import { api, byId } from "./client.js";

/** The address that downloads an export (the server answers with an attachment). */
export function exportUrl(format: ExportFormat, options: { vcardVersion?: "4.0" | "3.0" } = {}): string {
  return api.export[":format"].$path({ param: { format }, query: { vcardVersion: options.vcardVersion } });
}

/** The address that downloads one scheduled conversation as a calendar file. */
export function conversationCalendarUrl(conversationId: string): string {
  return api.conversations[":id"]["calendar.ics"].$path({ param: byId(conversationId) });
}

/** The address of the prep sheet as Markdown, to download. */
export function prepSheetMarkdownUrl(conversationId: string): string {
  return api.conversations[":id"].prep.$path({ param: byId(conversationId), query: { format: "md" } });
}

/** The address that downloads the calendar feed's appointments as one file, to import. */
export function feedCalendarFileUrl(): string {
  return api["calendar-feed"]["calendar.ics"].$path();
}

// Typed calls for files: import (preview or apply) and the addresses of the export downloads.
import type { ExportFormat, ImportFormat, ImportResult } from "../../services/files.service.js";
import { queryString, request } from "./http.js";

export type { ExportFormat, ImportFormat, ImportResult };
export type ImportPeople = NonNullable<ImportResult["people"]>;
export type ImportItem = ImportPeople["items"][number];
export type ImportAction = ImportItem["action"];

/** Sends the files (one `file` field each); with dryRun nothing is written and the answer is the preview. */
export function importFiles(
  format: ImportFormat,
  files: readonly File[],
  options: { dryRun: boolean; signal?: AbortSignal },
): Promise<ImportResult> {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  return request("POST", `/import/${format}`, {
    query: { dryRun: options.dryRun ? "true" : undefined },
    form,
    signal: options.signal,
  });
}

/** The address that downloads an export (the server answers with an attachment). */
export function exportUrl(format: ExportFormat, options: { vcardVersion?: "4.0" | "3.0" } = {}): string {
  return `/api/export/${format}${queryString({ vcardVersion: options.vcardVersion })}`;
}

/** The address that downloads one scheduled conversation as a calendar file. */
export function conversationCalendarUrl(conversationId: string): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}/calendar.ics`;
}

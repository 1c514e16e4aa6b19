// TanStack Query mutations for imports: the preview writes nothing; applying refreshes everything.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportFormat } from "../../core/file-formats.js";
import { api, call } from "../api/client.js";

export interface ImportRequest {
  format: ImportFormat;
  files: readonly File[];
  /** Possible duplicates the user says are the same person, as "12" or "Contacts.csv:12". */
  sameAs?: readonly string[];
}

/**
 * Sends the files as multipart/form-data (one `file` field each); with dryRun nothing is written and
 * the answer is the preview. The route also takes the file as a raw or JSON body, so its client type
 * asks for `json` as well as `form`: `init` sends the form alone, with the browser's own content type.
 */
function importFiles({ format, files, sameAs = [] }: ImportRequest, dryRun: boolean) {
  const body = new FormData();
  for (const file of files) body.append("file", file, file.name);
  const query = {
    dryRun: dryRun ? ("true" as const) : undefined,
    sameAs: sameAs.length > 0 ? sameAs.join(",") : undefined,
  };
  return call(
    api.import[":format"].$post(
      { param: { format }, query, form: {}, json: {} },
      { init: { body, headers: { accept: "application/json" } } },
    ),
  );
}

/** What the files would do (dryRun): nothing is written. */
export function useImportPreview() {
  return useMutation({
    mutationFn: (request: ImportRequest) => importFiles(request, true),
  });
}

/** Imports for real; people, organisations, timelines and the agenda may all have changed. */
export function useApplyImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => importFiles(request, false),
    onSuccess: () => client.invalidateQueries(),
  });
}

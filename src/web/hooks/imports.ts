// TanStack Query mutations for imports: the preview writes nothing; applying refreshes everything.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportFormat } from "../../core/file-formats.js";
import { api, call } from "../api/client.js";

export interface ImportRequest {
  format: ImportFormat;
  files: readonly File[];
}

/**
 * Sends the files as multipart/form-data (one `file` field each); with dryRun nothing is written and
 * the answer is the preview. The route also takes the file as a raw or JSON body, so its client type
 * asks for `json` as well as `form`: `init` sends the form alone, with the browser's own content type.
 */
function importFiles(format: ImportFormat, files: readonly File[], dryRun: boolean) {
  const body = new FormData();
  for (const file of files) body.append("file", file, file.name);
  return call(
    api.import[":format"].$post(
      { param: { format }, query: { dryRun: dryRun ? "true" : undefined }, form: {}, json: {} },
      { init: { body, headers: { accept: "application/json" } } },
    ),
  );
}

/** What the files would do (dryRun): nothing is written. */
export function useImportPreview() {
  return useMutation({
    mutationFn: ({ format, files }: ImportRequest) => importFiles(format, files, true),
  });
}

/** Imports for real; people, organisations, timelines and the agenda may all have changed. */
export function useApplyImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ format, files }: ImportRequest) => importFiles(format, files, false),
    onSuccess: () => client.invalidateQueries(),
  });
}

// TanStack Query mutations for imports: the preview writes nothing; applying refreshes everything.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ImportFormat, importFiles } from "../api/files.js";

export interface ImportRequest {
  format: ImportFormat;
  files: readonly File[];
}

/** What the files would do (dryRun): nothing is written. */
export function useImportPreview() {
  return useMutation({
    mutationFn: ({ format, files }: ImportRequest) => importFiles(format, files, { dryRun: true }),
  });
}

/** Imports for real; people, organisations, timelines and the agenda may all have changed. */
export function useApplyImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ format, files }: ImportRequest) => importFiles(format, files, { dryRun: false }),
    onSuccess: () => client.invalidateQueries(),
  });
}

// One import, step by step: choose the files, read them (preview), import, see the result.
import { useState } from "react";
import type { ImportFormat } from "../../core/file-formats.js";
import type { ImportItem, ImportResult } from "../api/types.js";
import { sameAsRef } from "../lib/import-summary.js";
import { useApplyImport, useImportPreview } from "./imports.js";

export type ImportPhase = "choose" | "reading" | "preview" | "importing" | "done" | "failed";

export interface ImportFlow {
  phase: ImportPhase;
  files: readonly File[];
  preview: ImportResult | undefined;
  /** The possible duplicates the user says are the same person, as "12" or "Contacts.csv:12". */
  sameAs: readonly string[];
  /** The preview is being read again, after a choice; the last one stays on screen meanwhile. */
  refreshing: boolean;
  result: ImportResult | undefined;
  error: unknown;
  /** New files: read them at once (the preview writes nothing). */
  choose: (files: File[]) => void;
  /** Say a possible duplicate is (or is not) the same person as the one it names; the preview is read again. */
  setSameAs: (item: ImportItem, same: boolean) => void;
  /** Import the previewed files for real, with the choices made. */
  apply: () => void;
  /** Back to choosing, forgetting the files. */
  reset: () => void;
}

export function useImportFlow(format: ImportFormat): ImportFlow {
  const [files, setFiles] = useState<File[]>([]);
  const [sameAs, setSameAs] = useState<string[]>([]);
  const [shown, setShown] = useState<ImportResult>();
  const preview = useImportPreview();
  const applying = useApplyImport();
  const read = (chosen: readonly File[], choices: string[]) =>
    preview.mutate({ format, files: chosen, sameAs: choices }, { onSuccess: setShown });

  const phase: ImportPhase = applying.isPending
    ? "importing"
    : applying.isSuccess
      ? "done"
      : applying.isError
        ? "failed"
        : preview.isPending && !shown
          ? "reading"
          : preview.isError
            ? "failed"
            : preview.isSuccess || shown
              ? "preview"
              : "choose";

  return {
    phase,
    files,
    preview: preview.data ?? shown,
    sameAs,
    refreshing: preview.isPending && shown !== undefined,
    result: applying.data,
    error: applying.error ?? preview.error,
    choose: (chosen) => {
      setFiles(chosen);
      setSameAs([]);
      setShown(undefined);
      applying.reset();
      read(chosen, []);
    },
    setSameAs: (item, same) => {
      const ref = sameAsRef(item);
      const next = same ? [...sameAs.filter((r) => r !== ref), ref] : sameAs.filter((r) => r !== ref);
      setSameAs(next);
      read(files, next);
    },
    apply: () => applying.mutate({ format, files, sameAs }),
    reset: () => {
      setFiles([]);
      setSameAs([]);
      setShown(undefined);
      preview.reset();
      applying.reset();
    },
  };
}

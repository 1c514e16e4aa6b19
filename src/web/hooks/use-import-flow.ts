// One import, step by step: choose the files, read them (preview), import, see the result.
import { useState } from "react";
import type { ImportFormat } from "../../core/file-formats.js";
import type { ImportResult } from "../api/types.js";
import { useApplyImport, useImportPreview } from "./imports.js";

export type ImportPhase = "choose" | "reading" | "preview" | "importing" | "done" | "failed";

export interface ImportFlow {
  phase: ImportPhase;
  files: readonly File[];
  preview: ImportResult | undefined;
  result: ImportResult | undefined;
  error: unknown;
  /** New files: read them at once (the preview writes nothing). */
  choose: (files: File[]) => void;
  /** Import the previewed files for real. */
  apply: () => void;
  /** Back to choosing, forgetting the files. */
  reset: () => void;
}

export function useImportFlow(format: ImportFormat): ImportFlow {
  const [files, setFiles] = useState<File[]>([]);
  const preview = useImportPreview();
  const applying = useApplyImport();

  const phase: ImportPhase = applying.isPending
    ? "importing"
    : applying.isSuccess
      ? "done"
      : applying.isError
        ? "failed"
        : preview.isPending
          ? "reading"
          : preview.isError
            ? "failed"
            : preview.isSuccess
              ? "preview"
              : "choose";

  return {
    phase,
    files,
    preview: preview.data,
    result: applying.data,
    error: applying.error ?? preview.error,
    choose: (chosen) => {
      setFiles(chosen);
      applying.reset();
      preview.mutate({ format, files: chosen });
    },
    apply: () => applying.mutate({ format, files }),
    reset: () => {
      setFiles([]);
      preview.reset();
      applying.reset();
    },
  };
}

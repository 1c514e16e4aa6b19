import { Alert, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconFileUpload } from "@tabler/icons-react";
import { type ChangeEvent, type DragEvent, useEffect, useId, useState } from "react";
import { type ImportSource, unexpectedFiles } from "../../lib/import-sources.js";

/**
 * Choose or drop the file(s): a real file input (focusable, Enter or Space opens the picker) inside
 * a large labelled zone that also takes files dragged onto it.
 */
export function FileDropZone({
  source,
  onFiles,
}: {
  source: ImportSource;
  onFiles: (files: File[]) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const hintId = useId();
  useMissedDropGuard();

  function take(list: FileList | null) {
    const files = Array.from(list ?? []);
    if (files.length === 0) return;
    const chosen = source.multiple ? files : files.slice(0, 1);
    const wrong = unexpectedFiles(source, chosen);
    setRefused(wrong);
    if (wrong.length === 0) onFiles(chosen);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    take(event.currentTarget.files);
    // The same file again later must still fire a change.
    event.currentTarget.value = "";
  }

  const endings = source.accept.join(" or ");
  return (
    <Stack gap="sm" h="100%">
      <label
        className="drop-zone"
        data-dragging={dragging || undefined}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <input
          type="file"
          className="visually-hidden"
          accept={source.accept.join(",")}
          multiple={source.multiple}
          aria-label={source.multiple ? "Choose the files to import" : "Choose the file to import"}
          aria-describedby={hintId}
          onChange={onChange}
        />
        <ThemeIcon variant="light" size={56} radius="xl" aria-hidden>
          <IconFileUpload size={28} stroke={1.6} />
        </ThemeIcon>
        <Text fw={600} fz="md" ta="center">
          {dragging
            ? "Drop to read it"
            : source.multiple
              ? "Drop the files here, or click to choose them"
              : "Drop the file here, or click to choose it"}
        </Text>
        <Text fz="sm" c="dimmed" ta="center" id={hintId} maw={320}>
          Choose {source.fileHint}. Nothing is imported until you have seen what will happen.
        </Text>
      </label>
      {refused.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {refused.map((name) => `“${name}”`).join(", ")} {refused.length === 1 ? "is not a" : "are not"}{" "}
          {endings} file{refused.length === 1 ? "" : "s"}: choose {source.fileHint}.
        </Alert>
      )}
    </Stack>
  );
}

/** A file dropped beside the zone would make the browser leave the page to show it: not here. */
function useMissedDropGuard() {
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
    };
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);
}

import { Grid, Paper, Stack, Text, Title } from "@mantine/core";
import type { ImportFormat } from "../../../core/file-formats.js";
import { type ImportFlow, useImportFlow } from "../../hooks/use-import-flow.js";
import { countLabel } from "../../lib/format.js";
import { type ImportSource, importSource } from "../../lib/import-sources.js";
import { people, peopleToWrite } from "../../lib/import-summary.js";
import { ChosenFiles } from "./ChosenFiles.js";
import { FileDropZone } from "./FileDropZone.js";
import { ImportDone } from "./ImportDone.js";
import { ImportError } from "./ImportError.js";
import { ImportPreview } from "./ImportPreview.js";
import { ImportProgress } from "./ImportProgress.js";
import { RestoreDone } from "./RestoreDone.js";
import { RestorePreview } from "./RestorePreview.js";
import { SourcePicker } from "./SourcePicker.js";
import { SourceSteps } from "./SourceSteps.js";

/** Import people: pick the source, choose the file, see the preview, import, see the result. */
export function ImportSection({
  format,
  onFormatChange,
}: {
  format: ImportFormat;
  onFormatChange: (format: ImportFormat) => void;
}) {
  const source = importSource(format);
  const flow = useImportFlow(source.format);
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: "md", sm: "xl" }}
      component="section"
      aria-labelledby="import-heading"
    >
      <Title order={2} fz="xl" id="import-heading">
        Import people
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="lg">
        Bring in the people you already know. Anyone already here is matched, never added twice, and what you
        wrote yourself is never overwritten.
      </Text>
      {flow.phase === "choose" ? (
        <Stack gap="lg">
          <SourcePicker
            value={source.format}
            onChange={(next) => {
              flow.reset();
              onFormatChange(next);
            }}
          />
          <Grid gap="lg" align="stretch">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <SourceSteps source={source} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }} style={{ display: "flex" }}>
              <div style={{ flex: 1, display: "flex", flexDirection: "column" }}>
                <FileDropZone key={source.format} source={source} onFiles={flow.choose} />
              </div>
            </Grid.Col>
          </Grid>
        </Stack>
      ) : (
        <Stack gap="lg">
          {flow.phase !== "failed" && (
            <ChosenFiles
              source={source}
              files={flow.files}
              onChooseAnother={flow.reset}
              disabled={flow.phase === "importing"}
              done={flow.phase === "done"}
            />
          )}
          <ImportStep flow={flow} source={source} />
        </Stack>
      )}
    </Paper>
  );
}

function ImportStep({ flow, source }: { flow: ImportFlow; source: ImportSource }) {
  const restoring = source.format === "json";
  switch (flow.phase) {
    case "failed":
      return <ImportError error={flow.error} onChooseAnother={flow.reset} />;
    case "reading":
      return (
        <ImportProgress
          label={`Reading ${flow.files.length === 1 ? (flow.files[0]?.name ?? "the file") : countLabel(flow.files.length, "file")}…`}
          hint="Checking every line and matching it with the people already here. Nothing is written yet."
        />
      );
    case "importing": {
      const count = flow.preview?.people ? peopleToWrite(flow.preview.people) : 0;
      return (
        <ImportProgress
          label={
            restoring ? "Restoring the backup…" : count > 0 ? `Importing ${people(count)}…` : "Importing…"
          }
          hint="Everything is written at once, or nothing at all. A big export takes a little while: keep this tab open."
        />
      );
    }
    case "preview":
      if (flow.preview?.people)
        return (
          <ImportPreview
            summary={flow.preview.people}
            files={flow.files}
            onApply={flow.apply}
            sameAs={{ chosen: flow.sameAs, onChange: flow.setSameAs }}
            refreshing={flow.refreshing}
          />
        );
      return <RestorePreview restored={flow.preview?.restored ?? {}} onApply={flow.apply} />;
    case "done":
      if (flow.result?.people) return <ImportDone summary={flow.result.people} />;
      return <RestoreDone restored={flow.result?.restored ?? {}} />;
    default:
      return null;
  }
}

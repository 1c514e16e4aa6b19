import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { IconFileAlert, IconRefresh } from "@tabler/icons-react";
import { ApiError } from "../../api/http.js";
import { errorLine } from "../../lib/import-summary.js";

function titleOf(error: unknown): string {
  if (!(error instanceof ApiError)) return "The import failed";
  if (error.code === "bad_file" || error.field === "file") return "This file could not be read";
  if (error.status === 409) return "A backup only restores into an empty coffeechat";
  if (error.code === "network_error") return "Could not reach coffeechat";
  if (error.status === 400) return "This file cannot be imported";
  return "The import failed";
}

/** A file that cannot be imported: the server's words (with the line), and that nothing was written. */
export function ImportError({ error, onChooseAnother }: { error: unknown; onChooseAnother: () => void }) {
  const message = error instanceof Error ? error.message : "Something went wrong.";
  const line = errorLine(message);
  return (
    <Alert
      color="red"
      variant="light"
      radius="lg"
      icon={<IconFileAlert size={22} />}
      title={titleOf(error)}
      role="alert"
      styles={{ title: { fontSize: "var(--mantine-font-size-md)" } }}
    >
      <Stack gap="sm">
        {line !== null && (
          <Badge color="red" variant="filled" radius="sm" size="lg" w="fit-content">
            Line {line.toLocaleString("en-US")}
          </Badge>
        )}
        <Text fz="sm" ff="monospace" className="pre-wrap" data-testid="import-error">
          {message}
        </Text>
        <Text fz="sm">
          Nothing was imported: your contacts are exactly as they were.
          {line !== null ? " Fix that line (or export the file again) and choose it once more." : ""}
        </Text>
        <Group>
          <Button
            color="red"
            variant="white"
            leftSection={<IconRefresh size={16} />}
            onClick={onChooseAnother}
          >
            Choose another file
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

// The draft's words: values to fill in, the subject (e-mail) and the text, with the LinkedIn count.
import { Box, Button, Group, Text, Textarea, TextInput } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { LINKEDIN_NOTE_LIMIT, noteLength } from "../../../core/outreach-rules.js";
import type { useComposer } from "../../hooks/use-composer.js";
import { fieldId } from "../../lib/field-id.js";
import { VariableFields } from "../outreach/VariableFields.js";

export function DraftText({
  composer,
  email,
  errors,
}: {
  composer: ReturnType<typeof useComposer>;
  email: boolean;
  errors: { subject?: string | undefined; body?: string | undefined };
}) {
  const length = noteLength(composer.body);
  const over = length > LINKEDIN_NOTE_LIMIT;
  return (
    <>
      <VariableFields
        names={composer.asked}
        values={composer.values}
        onChange={composer.setValue}
        onCommit={composer.commitValue}
      />
      {composer.edited && composer.asked.length > 0 && (
        <Group gap="xs" mt={-8}>
          <Text size="xs" c="dimmed">
            You have edited the text: a value now fills its {"{{placeholder}}"} when you leave its field.
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconRefresh size={12} />}
            onClick={composer.startOver}
          >
            Start again from the template
          </Button>
        </Group>
      )}
      {email && (
        <TextInput
          id={fieldId("compose", "subject")}
          label="Subject"
          value={composer.subject}
          error={errors.subject}
          onChange={(event) => composer.setText("subject", event.currentTarget.value)}
        />
      )}
      <Box>
        <Textarea
          id={fieldId("compose", "body")}
          label={email ? "Message" : "Connection note"}
          autosize
          minRows={email ? 10 : 5}
          maxRows={30}
          value={composer.body}
          error={errors.body}
          onChange={(event) => composer.setText("body", event.currentTarget.value)}
          aria-describedby={email ? undefined : "note-length"}
          styles={{ input: { lineHeight: 1.6 } }}
        />
        {!email && (
          <Text
            id="note-length"
            size="xs"
            mt={4}
            ta="right"
            c={over ? "var(--cc-text-danger)" : "dimmed"}
            fw={over ? 600 : 400}
            aria-live="polite"
          >
            {length} / {LINKEDIN_NOTE_LIMIT} characters
            {over ? `: cut ${length - LINKEDIN_NOTE_LIMIT}` : ""}
          </Text>
        )}
      </Box>
    </>
  );
}

import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useSettings, useUpdateSettings } from "../hooks/settings.js";
import { hasRealName } from "../lib/my-name.js";

/**
 * The first question of a first run: my name, which signs the messages I write ({{myName}}). Shown
 * until a name other than the placeholder "Me" is saved; then it says thank you.
 */
export function NameCard() {
  const settings = useSettings();
  const update = useUpdateSettings();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (!settings.data || (hasRealName(settings.data.name) && !saved)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError("Your name, as you sign your messages, e.g. Ada Lovelace.");
      return;
    }
    setError(null);
    try {
      await update.mutateAsync({ name: trimmed });
      setSaved(trimmed);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="name-heading">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="name-heading">
          First, what is your name?
        </Title>
        {saved ? (
          <Group gap="xs" c="var(--cc-text-success)" role="status">
            <IconCheck size={18} aria-hidden />
            <Text>
              Thank you, {saved.split(/\s+/)[0]}. Messages you write are signed {saved}.
            </Text>
          </Group>
        ) : (
          <form aria-label="Your name" onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                It signs the messages you write. You can change it later in Settings.
              </Text>
              <Group align="flex-start" gap="sm">
                <TextInput
                  label="Your name"
                  placeholder="e.g. Ada Lovelace"
                  autoComplete="name"
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  error={error}
                  style={{ flex: 1, minWidth: 220 }}
                />
                <Button type="submit" mt={25} loading={update.isPending}>
                  Save my name
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

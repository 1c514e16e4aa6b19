import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { FORMAT_LABELS } from "../../../core/alumni.schema.js";
import type { AlumniEntry } from "../../api/types.js";
import { useContactAlum } from "../../hooks/alumni.js";
import { useToast } from "../../lib/toast-context.js";

/** One person of the directory: who they are, what they talk about, how busy they are this month. */
export function AlumniCard({ entry }: { entry: AlumniEntry }) {
  const contact = useContactAlum();
  const toast = useToast();
  const [contactId, setContactId] = useState<string | null>(null);
  const headingId = `alum-${entry.id}`;
  return (
    <Paper withBorder radius="lg" p="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text id={headingId} fw={600} component="h3" fz="md" m={0}>
              {entry.name}
            </Text>
            <Text size="sm" c="gray.7">
              {entry.role}
              {entry.organization ? ` · ${entry.organization}` : ""}
            </Text>
          </div>
          {entry.resting && (
            <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
              Resting this month
            </Badge>
          )}
        </Group>
        {entry.about && <Text size="sm">{entry.about}</Text>}
        <Group gap={6} aria-label="Glad to talk about">
          {entry.topics.map((topic) => (
            <Badge key={topic} variant="light" color="coffee" tt="none">
              {topic}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="gray.7">
          {entry.formats.map((f) => FORMAT_LABELS[f]).join(", ")} · {entry.requestsThisMonth} of{" "}
          {entry.monthlyLimit} requests this month
        </Text>
        <Group gap="sm" mt={4}>
          {entry.mine ? (
            <Text size="sm" c="gray.7">
              This is you.
            </Text>
          ) : contactId ? (
            <Anchor component={Link} to={`/contacts/${contactId}`} fw={500}>
              Open {entry.name} in your contacts
            </Anchor>
          ) : entry.askedThisMonth ? (
            <Text size="sm" c="gray.7">
              You added {entry.name} this month.
            </Text>
          ) : (
            <Button
              size="sm"
              variant="light"
              leftSection={<IconUserPlus size={16} />}
              disabled={entry.resting}
              loading={contact.isPending}
              onClick={() =>
                contact.mutate(entry.id, {
                  onSuccess: (result) => {
                    setContactId(result.contactId);
                    toast({ message: `${entry.name} is in your contacts now.`, color: "green" });
                  },
                  onError: (e) => toast({ message: e.message, color: "red" }),
                })
              }
            >
              Add to my contacts
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

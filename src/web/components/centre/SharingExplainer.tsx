import { List, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";

const SHARED = [
  "How many requests you sent and how many people replied",
  "How many conversations you held, and thank-yous sent (and on time)",
  "How many thank-yous and follow-ups are overdue, and goals decided",
  "Your weekly habit, and whether anything happened in the last 14 days",
];
const NEVER = [
  "Who your contacts are: no names, e-mails or organisations",
  "Your notes, messages, questions or insights",
  "What your goals are about",
];

/** What an advisor sees of a student who shares, and what they never see: in plain words. */
export function SharingExplainer() {
  return (
    <Stack gap="sm">
      <Text fw={600}>If you share, your advisor sees only numbers:</Text>
      <List
        spacing={4}
        size="sm"
        icon={
          <ThemeIcon color="teal" size={20} radius="xl" aria-hidden>
            <IconCheck size={13} />
          </ThemeIcon>
        }
      >
        {SHARED.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Text fw={600}>They never see:</Text>
      <List
        spacing={4}
        size="sm"
        icon={
          <ThemeIcon color="gray" size={20} radius="xl" aria-hidden>
            <IconX size={13} />
          </ThemeIcon>
        }
      >
        {NEVER.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Text size="sm" c="gray.7">
        With “counts” you appear as “Student 1”, “Student 2”… With “counts and name” your advisor also sees
        your name. You can change this or leave at any time, and you can see every time an advisor looked.
      </Text>
    </Stack>
  );
}

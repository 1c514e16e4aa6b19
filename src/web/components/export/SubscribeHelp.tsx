import { Box, List, Text } from "@mantine/core";

const APPS = [
  { app: "Google Calendar", where: "Other calendars, +, From URL" },
  { app: "Apple Calendar", where: "File, New Calendar Subscription" },
  { app: "Outlook", where: "Add calendar, Subscribe from web" },
];

/** Where each common calendar app takes a subscription link. */
export function SubscribeHelp() {
  return (
    <Box pt="md" style={{ borderTop: "1px solid var(--cc-color-line)" }}>
      <Text size="sm" fw={600} mb={6}>
        Where to paste the link
      </Text>
      <List size="sm" spacing={4} c="var(--cc-color-text-soft)">
        {APPS.map(({ app, where }) => (
          <List.Item key={app}>
            <Text span fw={500} size="sm">
              {app}:
            </Text>{" "}
            {where}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        Calendar apps check the link now and then (Google only a few times a day), so a change here reaches
        them a little later.
      </Text>
    </Box>
  );
}

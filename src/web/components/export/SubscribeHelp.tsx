import { Anchor, Box, List, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { feedCalendarFileUrl } from "../../api/urls.js";

// Apps on this computer reach a link to this computer; Google's and Microsoft's servers cannot.
const LOCAL_APPS = [
  { app: "Apple Calendar", where: "File, New Calendar Subscription" },
  { app: "Thunderbird", where: "Calendar, New Calendar, On the Network" },
  { app: "GNOME Calendar or Evolution", where: "Calendars, Add Calendar, From the web" },
  { app: "KDE (Merkuro or KOrganizer)", where: "Add Calendar, iCal Calendar File, the link as its address" },
];

const CLOUD_APPS = [
  { app: "Google Calendar", where: "Other calendars, +, From URL" },
  { app: "Outlook on the web", where: "Add calendar, Subscribe from web" },
];

function AppList({ apps }: { apps: { app: string; where: string }[] }) {
  return (
    <List size="sm" spacing={4}>
      {apps.map(({ app, where }) => (
        <List.Item key={app}>
          <Text span fw={500} size="sm">
            {app}:
          </Text>{" "}
          {where}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * Where each calendar app takes the subscription link. A link to this computer (local mode) works only
 * in apps on this computer; online calendars are offered only when the app has a public address.
 */
export function SubscribeHelp({ reachable }: { reachable: boolean }) {
  return (
    <Box pt="md" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
      <Text size="sm" fw={600} mb={6}>
        Where to paste the link
      </Text>
      {reachable ? (
        <AppList apps={[...CLOUD_APPS, ...LOCAL_APPS]} />
      ) : (
        <>
          <Text size="sm" mb={6}>
            The link points to this computer, so only calendar apps on this computer can subscribe to it:
          </Text>
          <AppList apps={LOCAL_APPS} />
          <Text size="sm" mt="sm">
            Google Calendar and Outlook on the web fetch links from their own servers, which cannot reach this
            computer. For them, or for khal (<code>khal import coffeechat.ics</code>), download the
            appointments as a file and import it; it does not update by itself.
          </Text>
          <Anchor
            href={feedCalendarFileUrl()}
            download="coffeechat.ics"
            size="sm"
            mt={6}
            display="inline-flex"
          >
            <IconDownload size={16} aria-hidden style={{ marginRight: 6 }} />
            Download the calendar file (.ics)
          </Anchor>
        </>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        Calendar apps check the link now and then{reachable ? " (Google only a few times a day)" : ""}, so a
        change here reaches them a little later.
      </Text>
    </Box>
  );
}

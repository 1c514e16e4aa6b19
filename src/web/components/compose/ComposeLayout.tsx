// The composer's frame: the draft on the left, its checks and when to send it on the right.
import { Anchor, Grid, Paper, Skeleton, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Contact } from "../../api/types.js";

export function ComposeGrid({ main, side }: { main: ReactNode; side: ReactNode }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder radius="lg" p={{ base: "md", sm: "xl" }} component="section" aria-label="Draft">
          <Stack gap="lg">{main}</Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">{side}</Stack>
      </Grid.Col>
    </Grid>
  );
}

/** Under the To field: the address the e-mail goes to, or what is missing to send it. */
export function Recipient({
  contact,
  channel,
}: {
  contact: Contact | undefined;
  channel: "email" | "linkedin";
}) {
  if (!contact) return null;
  const edit = (
    <Anchor component={Link} to={`/contacts/${contact.id}/edit`} size="xs">
      add one
    </Anchor>
  );
  if (channel === "linkedin") {
    return (
      <Text size="xs" c="dimmed" mt={4}>
        {contact.linkedinUrl ? (
          contact.linkedinUrl.replace(/^https?:\/\/(www\.)?/, "")
        ) : (
          <>No LinkedIn profile: {edit}</>
        )}
      </Text>
    );
  }
  return (
    <Text size="xs" c={contact.emails[0] ? "dimmed" : "var(--cc-text-danger)"} mt={4}>
      {contact.emails[0] ?? <>No e-mail address: {edit}</>}
    </Text>
  );
}

export function DraftSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the draft">
      <Skeleton height={36} />
      <Skeleton height={220} />
    </Stack>
  );
}

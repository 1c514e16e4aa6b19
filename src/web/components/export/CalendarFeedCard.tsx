import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus, IconLinkOff, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from "../../hooks/calendar-feed.js";
import { formatDate } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { ErrorState } from "../ErrorState.js";
import { FeedLink } from "./FeedLink.js";
import { SubscribeHelp } from "./SubscribeHelp.js";

type Asking = "replace" | "revoke" | null;

/** The calendar feed: make a secret link a calendar app subscribes to, or revoke it. */
export function CalendarFeedCard() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const toast = useToast();
  const [asking, setAsking] = useState<Asking>(null);
  const fresh = create.data && feed.data?.active ? create.data : null;

  async function make() {
    try {
      await create.mutateAsync();
      setAsking(null);
    } catch (error) {
      toast({ color: "red", title: "No link made", message: (error as Error).message });
    }
  }

  async function stop() {
    try {
      await revoke.mutateAsync();
      create.reset();
      setAsking(null);
      toast({ message: "Calendar link revoked. Calendars subscribed to it stop updating." });
    } catch (error) {
      toast({ color: "red", title: "Not revoked", message: (error as Error).message });
    }
  }

  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: "md", sm: "xl" }}
      component="section"
      aria-labelledby="feed-heading"
    >
      <Group justify="space-between" gap="sm">
        <Title order={2} fz="xl" id="feed-heading">
          Calendar feed
        </Title>
        {feed.data && (
          <Badge variant="light" color={feed.data.active ? "green" : "gray"} radius="sm">
            {feed.data.active ? "Live" : "Off"}
          </Badge>
        )}
      </Group>
      <Text c="dimmed" size="sm" mt={4} mb="md">
        A subscribed calendar is one your calendar app reads from a secret link and refreshes by itself, so
        your scheduled conversations and due to-dos appear among your other appointments.
      </Text>
      {feed.isError ? (
        <ErrorState error={feed.error} onRetry={() => void feed.refetch()} title="Could not load the feed" />
      ) : !feed.data ? (
        <Skeleton height={72} radius="md" aria-label="Loading the calendar feed" />
      ) : (
        <Stack gap="md">
          {fresh ? (
            <FeedLink url={fresh.url} />
          ) : feed.data.active ? (
            <Text size="sm">
              A link is live since {formatDate(feed.data.createdAt)}. It was shown only when it was made; if
              you lost it, make a new one (the old one then stops working).
            </Text>
          ) : (
            <Text size="sm">No link yet. Make one and paste it into your calendar app.</Text>
          )}
          <Group gap="sm">
            {feed.data.active ? (
              <>
                <Button
                  variant="default"
                  leftSection={<IconRefresh size={16} />}
                  onClick={() => setAsking("replace")}
                >
                  Make a new link
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconLinkOff size={16} />}
                  onClick={() => setAsking("revoke")}
                >
                  Revoke
                </Button>
              </>
            ) : (
              <Button
                leftSection={<IconCalendarPlus size={16} />}
                onClick={() => void make()}
                loading={create.isPending}
              >
                Make a calendar link
              </Button>
            )}
          </Group>
          <SubscribeHelp reachable={feed.data.reachable} />
        </Stack>
      )}
      <ConfirmDialog
        opened={asking === "replace"}
        title="Make a new calendar link?"
        message="The current link stops working at once: calendars subscribed to it stop updating until you give them the new one."
        confirmLabel="Make a new link"
        loading={create.isPending}
        onConfirm={() => void make()}
        onClose={() => setAsking(null)}
      />
      <ConfirmDialog
        opened={asking === "revoke"}
        title="Revoke the calendar link?"
        message="The link stops working at once and calendars subscribed to it stop updating. You can make a new one at any time."
        confirmLabel="Revoke"
        loading={revoke.isPending}
        onConfirm={() => void stop()}
        onClose={() => setAsking(null)}
      />
    </Paper>
  );
}

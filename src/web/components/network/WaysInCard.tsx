import { Anchor, Button, Paper, Skeleton, Stack, Text, Timeline, Title } from "@mantine/core";
import { IconMail } from "@tabler/icons-react";
import { useId } from "react";
import { Link } from "react-router";
import type { PathStep } from "../../../core/network-paths.js";
import { useWaysIn } from "../../hooks/network.js";
import { firstNameOf, introductionAsk, relationInWords } from "../../lib/ways-in.js";

function WarmPath({ path, label }: { path: PathStep[]; label: string }) {
  const ask = introductionAsk(path);
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-label={label}>
      <Timeline bulletSize={14} lineWidth={2} active={0}>
        {path.map((step, i) => (
          <Timeline.Item
            key={step.contactId}
            title={
              <Anchor component={Link} to={`/contacts/${step.contactId}`} fw={600} size="sm">
                {step.name}
              </Anchor>
            }
          >
            <Text size="sm" c="dimmed">
              {relationInWords(step, path[i - 1])}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {ask && (
        <Button
          component={Link}
          to={ask.href}
          variant="light"
          size="xs"
          mt="sm"
          leftSection={<IconMail size={14} />}
        >
          {ask.about
            ? `Ask ${firstNameOf(ask.ask.name)} for an introduction`
            : `Write to ${firstNameOf(ask.ask.name)}`}
        </Button>
      )}
    </Paper>
  );
}

/**
 * "Ways in", on an organisation's page or the page of someone I have not met: the shortest warm
 * paths from people I know, each step in words, and the introduction to ask for.
 */
export function WaysInCard({
  target,
  name,
}: {
  target: { organizationId: string } | { contactId: string };
  /** The organisation's or the person's name, for the empty state. */
  name: string;
}) {
  const titleId = useId();
  const query = useWaysIn(target);
  const paths = query.data?.paths ?? [];
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={titleId}>
      <Title
        order={2}
        id={titleId}
        mb="md"
        fz="sm"
        c="dimmed"
        tt="uppercase"
        style={{ letterSpacing: "0.06em" }}
      >
        Ways in
      </Title>
      {query.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Looking for ways in">
          <Skeleton height={18} width="70%" />
          <Skeleton height={18} width="50%" />
        </Stack>
      ) : query.isError ? (
        <Text c="dimmed" size="sm">
          Could not look for ways in just now.{" "}
          <Anchor component="button" type="button" size="sm" onClick={() => void query.refetch()}>
            Try again
          </Anchor>
        </Text>
      ) : paths.length === 0 ? (
        <Stack gap={6}>
          <Text fw={500} size="sm">
            No warm path yet
          </Text>
          <Text c="dimmed" size="sm">
            Nobody you know leads to {name} so far. Ask the people you meet whom else you should talk to, and
            note who introduced whom: a way in often appears two steps away.
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            The shortest ways from people you know, closest first.
          </Text>
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: "none" }} aria-label="Warm paths">
            {paths.map((path, i) => (
              <WarmPath
                key={path.map((step) => step.contactId).join(">")}
                path={path}
                label={`Way ${i + 1}: ${path.map((step) => step.name).join(", then ")}`}
              />
            ))}
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}

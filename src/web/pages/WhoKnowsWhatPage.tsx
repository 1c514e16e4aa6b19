import {
  Anchor,
  Badge,
  Box,
  CloseButton,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBulb, IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useExpertise } from "../hooks/expertise.js";
import { usePageTitle } from "../hooks/use-page-title.js";

const KIND_LABEL: Record<string, string> = {
  insight: "Insight",
  conversation: "Conversation",
  note: "Note",
  exchange: "Exchange",
  contact: "Their profile",
  message: "Message",
  task: "Task",
};

function TopicEmpty({ title, description }: { title: string; description: string }) {
  return (
    <EmptyState
      py={56}
      icon={<IconBulb size={28} stroke={1.5} />}
      withIndicatorBackground
      title={title}
      description={description}
    />
  );
}

/** `/who-knows-what`: type a topic, see the people I know who understand it, with what shows it. */
export function WhoKnowsWhatPage() {
  usePageTitle("Who knows what");
  const [params, setParams] = useSearchParams();
  const [q, setTopic] = useState(params.get("q") ?? "");
  const [topic] = useDebouncedValue(q, 250);
  const query = useExpertise(topic);
  useEffect(() => {
    setParams(topic.trim() ? { q: topic.trim() } : {}, { replace: true });
  }, [topic, setParams]);
  const people = query.data?.items ?? [];

  return (
    <Page size="lg">
      <PageHeader
        title="Who knows what"
        below={
          <Text c="dimmed">
            Find the people you know who understand a topic, from your notes, their insights and their tags.
          </Text>
        }
      />
      <Box role="search" aria-label="Find people by topic" mb="md">
        <TextInput
          type="search"
          aria-label="Topic"
          placeholder="A topic, e.g. machine learning or grant writing"
          value={q}
          onChange={(event) => setTopic(event.currentTarget.value)}
          leftSection={<IconSearch size={16} stroke={1.7} />}
          rightSection={q ? <CloseButton aria-label="Clear topic" onClick={() => setTopic("")} /> : null}
          autoFocus
        />
      </Box>
      {!topic.trim() ? (
        <TopicEmpty
          title="Type a topic"
          description="People whose insights or conversations mention it come first; a shared word in a job title counts for less."
        />
      ) : query.isError && !query.data ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="Could not look up this topic"
        />
      ) : query.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading">
          <Skeleton height={80} radius="lg" />
          <Skeleton height={80} radius="lg" />
        </Stack>
      ) : people.length === 0 ? (
        <TopicEmpty
          title="Nobody yet"
          description="None of your notes, insights or contacts mention this topic. Try another word."
        />
      ) : (
        <Stack
          component="ol"
          gap="sm"
          aria-label="People who know about this"
          m={0}
          p={0}
          style={{ listStyle: "none" }}
        >
          {people.map((person) => (
            <Paper component="li" key={person.contactId} withBorder radius="lg" p="md">
              <Group justify="space-between" mb="xs">
                <Anchor component={Link} to={`/contacts/${person.contactId}`} fw={600}>
                  {person.name}
                </Anchor>
                <Badge variant="light" aria-label={`Score ${person.score}`}>
                  {person.score}
                </Badge>
              </Group>
              <Stack
                component="ul"
                gap={4}
                m={0}
                p={0}
                style={{ listStyle: "none" }}
                aria-label={`Why ${person.name}`}
              >
                {person.evidence.map((item) => (
                  <Text component="li" key={`${item.kind}:${item.id}`} size="sm">
                    <Text span fw={500} mr={6}>
                      {item.conversationId ? (
                        <Anchor component={Link} to={`/conversations/${item.conversationId}`}>
                          {KIND_LABEL[item.kind] ?? item.kind}
                        </Anchor>
                      ) : (
                        (KIND_LABEL[item.kind] ?? item.kind)
                      )}
                      :
                    </Text>
                    <Text span c="dimmed">
                      {item.snippet}
                    </Text>
                  </Text>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Page>
  );
}

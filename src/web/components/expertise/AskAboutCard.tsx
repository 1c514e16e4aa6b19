import { Badge, Group, Paper, Skeleton, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useAskAbout } from "../../hooks/expertise.js";

/** On a contact's page: topics worth bringing to them, from what they said and what I noted. */
export function AskAboutCard({ contactId }: { contactId: string }) {
  const query = useAskAbout(contactId);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="ask-about-title">
      <Title
        order={2}
        id="ask-about-title"
        mb="md"
        fz="sm"
        c="dimmed"
        tt="uppercase"
        style={{ letterSpacing: "0.06em" }}
      >
        Ask them about
      </Title>
      {query.isPending ? (
        <Skeleton height={20} radius="xl" />
      ) : query.isError ? (
        <Text c="dimmed" size="sm">
          Could not work out topics just now.
        </Text>
      ) : query.data.topics.length === 0 ? (
        <Text c="dimmed" size="sm">
          Topics appear here as you note insights and conversations with them.
        </Text>
      ) : (
        <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label="Topics">
          {query.data.topics.map((topic) => (
            <li key={topic}>
              <Badge
                component={Link}
                to={`/who-knows-what?q=${encodeURIComponent(topic)}`}
                variant="light"
                style={{ cursor: "pointer", textTransform: "none" }}
              >
                {topic}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </Paper>
  );
}

import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import {
  IconArrowRight,
  IconClockHour3,
  IconFileImport,
  IconMessageCircleQuestion,
  IconNotes,
  IconSend,
} from "@tabler/icons-react";
import { Link } from "react-router";
import { NameCard } from "./NameCard.js";
import { Page } from "./Page.js";

const STEPS = [
  {
    icon: IconSend,
    title: "Ask",
    text: "Send a short, honest note: who you are, what you hope to learn, and how little of their time you need.",
  },
  {
    icon: IconNotes,
    title: "Prepare",
    text: "Read up on them and their organisation, and bring a handful of questions in an order that flows.",
  },
  {
    icon: IconClockHour3,
    title: "Respect their time",
    text: "Be on time, stop when you said you would, listen more than you talk, and ask who else to speak with.",
  },
  {
    icon: IconMessageCircleQuestion,
    title: "Follow up",
    text: "Thank them within a day, do what you promised, and later tell them how their advice played out.",
  },
];

/** The first-run screen: what an informational interview is, and the first step. */
export function Welcome() {
  return (
    <Page size="md">
      <Stack gap="xl" py="lg">
        <Stack gap="xs">
          <Text c="var(--cc-text-accent)" fw={600} tt="uppercase" fz="xs" style={{ letterSpacing: "0.08em" }}>
            Welcome to coffeechat
          </Text>
          <Title order={1} fz={36} style={{ letterSpacing: "-0.03em", lineHeight: 1.15 }}>
            Learn from people whose work interests you.
          </Title>
        </Stack>

        <NameCard />

        <Stack gap="sm" maw={700}>
          <Title order={2} fz="lg">
            What is an informational interview?
          </Title>
          <Text c="var(--cc-color-text-soft)" lh={1.65}>
            A short conversation, often twenty or thirty minutes over coffee or a call, in which you ask
            someone about their work: what they really do all day, how they got there, and what they would
            tell someone standing where you stand now. It is not a job interview. Nobody is hiring and you are
            not asking for a job; you are asking for their view.
          </Text>
          <Text c="var(--cc-color-text-soft)" lh={1.65}>
            You do the asking and the legwork, they lend you their experience. One conversation at a time,
            this grows into a network of people who know you and whom you can help in return. coffeechat
            remembers who they are, how you met and what they care about, so you can pick up the thread months
            later.
          </Text>
        </Stack>

        <Stack gap="sm">
          <Group gap="md">
            <Button component={Link} to="/contacts/new" size="md" rightSection={<IconArrowRight size={18} />}>
              Add your first contact
            </Button>
            <Button
              component={Link}
              to="/import"
              size="md"
              variant="default"
              leftSection={<IconFileImport size={18} />}
            >
              Import from LinkedIn, Google or your phone
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            Only a first name is needed to add someone; an import brings everyone you already know at once.
          </Text>
        </Stack>

        <Stack gap="sm" mt="md">
          <Title order={2} fz="lg">
            Four habits of a good coffee chat
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {STEPS.map((step) => (
              <Paper key={step.title} withBorder p="lg" radius="lg">
                <Group gap="sm" mb={8} wrap="nowrap">
                  <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
                    <step.icon size={18} stroke={1.8} />
                  </ThemeIcon>
                  <Title order={3} fz="md" fw={600}>
                    {step.title}
                  </Title>
                </Group>
                <Text size="sm" c="dimmed" lh={1.55}>
                  {step.text}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        </Stack>
      </Stack>
    </Page>
  );
}

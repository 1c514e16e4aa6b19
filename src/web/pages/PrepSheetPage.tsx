import {
  Anchor,
  Box,
  Breadcrumbs,
  Button,
  Group,
  List,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconDownload, IconMessages, IconPlayerPlay, IconPrinter } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Page } from "../components/Page.js";
import { AddQuestion } from "../components/prep/AddQuestion.js";
import { IntroEditor } from "../components/prep/IntroEditor.js";
import { QuestionListEditor } from "../components/prep/QuestionListEditor.js";
import { SaveState } from "../components/prep/SaveState.js";
import { SheetSection } from "../components/prep/SheetSection.js";
import "../components/prep/prep-sheet.css";
import { prepSheetMarkdownUrl } from "../api/urls.js";
import { useConversation } from "../hooks/conversations.js";
import { usePrepSheet } from "../hooks/follow-through.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { useQuestionList } from "../hooks/use-question-list.js";
import { ConversationLoadError } from "./ConversationLoadError.js";

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{" "}
      </Text>
      {children}
    </Text>
  );
}

/** `/conversations/:id/prep`: the one-page sheet to walk in with: who, why, my introduction, questions, logistics. */
export function PrepSheetPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const conversation = useConversation(id);
  const sheet = usePrepSheet(id);
  const list = useQuestionList(id);
  usePageTitle(sheet.data?.title ?? (sheet.isError ? "Prep sheet not found" : "Prep sheet"));
  useHotkeys([
    ["mod+p", () => window.print()],
    ["s", () => navigate(`/conversations/${id}/live`)],
  ]);

  const error = sheet.error ?? conversation.error;
  if (error) {
    return (
      <ConversationLoadError
        error={error}
        onRetry={() => {
          void sheet.refetch();
          void conversation.refetch();
        }}
        notFound="There is no conversation at this address, so there is no prep sheet either."
        title="Could not load the prep sheet"
      />
    );
  }

  const data = sheet.data;
  const who = data?.who;
  return (
    <Page size="lg">
      <Box className="prep-sheet">
        <Breadcrumbs mb="md" fz="sm" className="no-print">
          <Anchor component={Link} to="/pipeline">
            Pipeline
          </Anchor>
          {conversation.data ? (
            <Anchor component={Link} to={`/conversations/${id}`}>
              {conversation.data.contactName}
            </Anchor>
          ) : (
            <span>…</span>
          )}
          <span>Prep sheet</span>
        </Breadcrumbs>
        <Group justify="space-between" gap="sm" mb="lg" className="no-print">
          <Group gap="xs">
            <Tooltip label="Ctrl+P" withArrow openDelay={400}>
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                onClick={() => window.print()}
              >
                Print
              </Button>
            </Tooltip>
            <Button
              component="a"
              href={prepSheetMarkdownUrl(id)}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              Download Markdown
            </Button>
          </Group>
          <Tooltip label="Shortcut: S" withArrow openDelay={400}>
            <Button
              component={Link}
              to={`/conversations/${id}/live`}
              leftSection={<IconPlayerPlay size={16} />}
              onClick={() => void list.flush()}
            >
              Start conversation
            </Button>
          </Tooltip>
        </Group>

        <Paper withBorder radius="lg" className="prep-paper">
          {!data || !who ? (
            <Stack gap="lg" aria-busy="true" aria-label="Loading the prep sheet">
              <Skeleton height={30} width="70%" />
              <Skeleton height={120} />
              <Skeleton height={200} />
            </Stack>
          ) : (
            <Stack gap={0}>
              <Title order={1} fz={26} mb={4} className="prep-title" style={{ letterSpacing: "-0.02em" }}>
                {data.title}
              </Title>
              {data.logistics[0] && (
                <Text c="dimmed" mb="xl" className="prep-when">
                  {data.logistics[0]}
                </Text>
              )}

              <div className="prep-section prep-grid">
                <SheetSection title="Who">
                  <Stack gap={4}>
                    <Text fw={650}>
                      <Anchor component={Link} to={`/contacts/${conversation.data?.contactId ?? ""}`} inherit>
                        {who.name}
                      </Anchor>
                    </Text>
                    {(who.role || who.organization) && (
                      <Text size="sm">{[who.role, who.organization].filter(Boolean).join(", ")}</Text>
                    )}
                    {who.howConnected && <Line label="How we are connected">{who.howConnected}</Line>}
                    {who.links.length > 0 && (
                      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                        {who.links.join(" · ")}
                      </Text>
                    )}
                    {who.needs && <Line label="What they need">{who.needs}</Line>}
                    {who.notes && (
                      <Text size="sm" className="pre-wrap">
                        {who.notes}
                      </Text>
                    )}
                    {who.earlier.length > 0 && (
                      <>
                        <Text size="sm" c="dimmed" mt={6}>
                          Earlier
                        </Text>
                        <List size="sm" spacing={2}>
                          {who.earlier.map((line) => (
                            <List.Item key={line}>{line}</List.Item>
                          ))}
                        </List>
                      </>
                    )}
                  </Stack>
                </SheetSection>
                <div>
                  <SheetSection title="Why">
                    <Stack gap={6}>
                      {data.why.goals.length > 0 ? (
                        data.why.goals.map((goal) => (
                          <div key={goal.title}>
                            <Text fw={600} size="sm">
                              {goal.title}
                            </Text>
                            {goal.description && (
                              <Text size="sm" c="var(--cc-color-text-soft)">
                                {goal.description}
                              </Text>
                            )}
                          </div>
                        ))
                      ) : (
                        <Text size="sm" c="dimmed" fs="italic">
                          No goal chosen for this conversation.{" "}
                          <Anchor component={Link} to={`/conversations/${id}`} inherit className="no-print">
                            Choose one
                          </Anchor>
                        </Text>
                      )}
                      {data.why.learn && (
                        <Line label="What I want to learn">
                          <span className="pre-wrap">{data.why.learn}</span>
                        </Line>
                      )}
                    </Stack>
                  </SheetSection>
                  <SheetSection title="My introduction">
                    <IntroEditor />
                  </SheetSection>
                </div>
              </div>

              <SheetSection
                title="Questions"
                action={
                  <Anchor component={Link} to="/questions" size="sm">
                    Question bank
                  </Anchor>
                }
              >
                <Group justify="flex-end" mt={-6} mb={6} mih={20} className="no-print">
                  <SaveState
                    status={list.status}
                    error={list.error}
                    onRetry={() => void list.flush()}
                    idleText={
                      list.items && !list.saved
                        ? "Proposed for this conversation from your question bank"
                        : undefined
                    }
                  />
                </Group>
                <QuestionListEditor list={list} />
                <AddQuestion list={list} />
              </SheetSection>

              <SheetSection title="Logistics">
                <List size="sm" spacing={4} className="prep-logistics">
                  {data.logistics.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </SheetSection>
            </Stack>
          )}
        </Paper>
        <Group justify="center" mt="lg" className="no-print">
          <Button
            component={Link}
            to={`/conversations/${id}`}
            variant="subtle"
            leftSection={<IconMessages size={16} />}
          >
            Back to the conversation
          </Button>
        </Group>
      </Box>
    </Page>
  );
}

import {
  Alert,
  Anchor,
  Box,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import {
  IconAlertTriangle,
  IconBrandLinkedin,
  IconCopy,
  IconExternalLink,
  IconMailForward,
  IconRefresh,
  IconSend,
  IconTemplate,
} from "@tabler/icons-react";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { TemplateKind } from "../../core/template.js";
import { ApiError } from "../api/http.js";
import type { Contact, Template } from "../api/types.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { ContactSelect } from "../components/contacts/ContactSelect.js";
import { StageBadge } from "../components/conversations/StageBadge.js";
import { ErrorState } from "../components/ErrorState.js";
import { ChecksPanel } from "../components/outreach/ChecksPanel.js";
import { MailNotSetUp } from "../components/outreach/MailNotSetUp.js";
import { SendLaterCard } from "../components/outreach/SendLaterCard.js";
import { SentPrompt } from "../components/outreach/SentPrompt.js";
import { VariableFields } from "../components/outreach/VariableFields.js";
import { Page, PageHeader } from "../components/Page.js";
import { useContact } from "../hooks/contacts.js";
import { useConversation } from "../hooks/conversations.js";
import { useMailSettings } from "../hooks/mail-settings.js";
import { useLogMessage } from "../hooks/messages.js";
import { useSendTime } from "../hooks/send-time.js";
import { useTemplates } from "../hooks/templates.js";
import { useComposer } from "../hooks/use-composer.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { copyText } from "../lib/clipboard.js";
import { fromLocalInputs, shortDateTime, toLocalInputs } from "../lib/datetime.js";
import { fieldId, focusField } from "../lib/field-id.js";
import {
  defaultTemplate,
  kindOfPurpose,
  LINKEDIN_NOTE_LIMIT,
  mailtoUrl,
  noteLength,
  purposeOfKind,
  templateOptions,
} from "../lib/outreach.js";
import { useToast } from "../lib/toast-context.js";

type FieldErrors = Partial<Record<"to" | "subject" | "body" | "sendAt" | "send", string>>;

const FIELDS = new Set(["to", "subject", "body", "sendAt", "send"]);

/** `/compose?contactId=&conversationId=&purpose=`: a draft from a template, checked while typed, then sent. */
export function ComposePage() {
  const [params, setParams] = useSearchParams();
  const contactId = params.get("contactId") ?? "";
  const conversationId = params.get("conversationId") || null;
  const kind = kindOfPurpose(params.get("purpose"));
  const contact = useContact(contactId || null);
  const conversation = useConversation(conversationId);
  const templates = useTemplates();
  usePageTitle(contact.data ? `Write to ${contact.data.fullName}` : "Write a message");

  const [chosenId, setChosenId] = useState<string | null>(null);
  const [confirmSwitch, setConfirmSwitch] = useState<string | null>(null);
  const items = templates.data?.items ?? [];
  const visible = items.filter((template) => !template.hidden);
  const fallback = contactId && !contact.data ? null : defaultTemplate(items, kind, contact.data ?? null);
  const template = visible.find((candidate) => candidate.id === chosenId) ?? fallback;

  const specificPoint = params.get("specificPoint")?.trim() ?? "";
  const composer = useComposer({
    template,
    contactId,
    conversationId,
    initialValues: specificPoint ? { specificPoint } : undefined,
  });

  function chooseContact(id: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set("contactId", id);
        else next.delete("contactId");
        next.delete("conversationId");
        return next;
      },
      { replace: true },
    );
  }

  function chooseTemplate(id: string | null) {
    if (!id || id === template?.id) return;
    if (composer.edited) setConfirmSwitch(id);
    else setChosenId(id);
  }

  const back = conversationId
    ? `/conversations/${conversationId}`
    : contactId
      ? `/contacts/${contactId}`
      : null;

  const pickers = (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <div>
          <ContactSelect
            id={fieldId("compose", "to")}
            label="To"
            placeholder="Search your contacts"
            value={contactId}
            onChange={chooseContact}
          />
          <Recipient contact={contact.data} channel={template?.channel ?? "email"} />
        </div>
        <Select
          id={fieldId("compose", "template")}
          label="Template"
          placeholder={templates.isPending ? "Loading…" : "Choose a template"}
          data={templateOptions(items)}
          value={template?.id ?? null}
          onChange={chooseTemplate}
          allowDeselect={false}
          searchable
          nothingFoundMessage="No template by that name"
          disabled={templates.isPending}
        />
      </SimpleGrid>
      {conversationId && conversation.data && (
        <Group gap={6} mt={-8}>
          <Text size="sm" c="dimmed">
            For the{" "}
            <Anchor component={Link} to={`/conversations/${conversationId}`} inherit>
              conversation with {conversation.data.contactName}
            </Anchor>
          </Text>
          <StageBadge stage={conversation.data.stage} />
        </Group>
      )}
    </>
  );

  return (
    <Page size="xl">
      <Breadcrumbs mb="xs" fz="sm">
        {contact.data ? (
          <Anchor component={Link} to={`/contacts/${contact.data.id}`}>
            {contact.data.fullName}
          </Anchor>
        ) : (
          <Anchor component={Link} to="/outbox">
            Outbox
          </Anchor>
        )}
        <span>Write</span>
      </Breadcrumbs>
      <PageHeader
        title={contact.data ? `Write to ${contact.data.fullName}` : "Write a message"}
        below={
          <Text c="dimmed">
            Start from a template in our words, make it yours, and fix what the checks point out.
          </Text>
        }
        actions={
          <Button
            component={Link}
            to="/templates"
            variant="default"
            leftSection={<IconTemplate size={16} stroke={1.7} />}
          >
            Template library
          </Button>
        }
      />
      {templates.isError ? (
        <ErrorState
          error={templates.error}
          onRetry={() => void templates.refetch()}
          title="Could not load the templates"
        />
      ) : !contactId || !template || contact.isError ? (
        <ComposeGrid
          main={
            <>
              {pickers}
              {!contactId ? (
                <Text size="sm" c="dimmed" fs="italic">
                  Choose whom to write to, and coffeechat fills the template in for them.
                </Text>
              ) : contact.isError ? (
                <ErrorState error={contact.error} onRetry={() => void contact.refetch()} />
              ) : templates.isPending || contact.isPending ? (
                <DraftSkeleton />
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  No template to start from: all are hidden.{" "}
                  <Anchor component={Link} to="/templates" inherit>
                    Show one in the template library
                  </Anchor>
                  .
                </Text>
              )}
            </>
          }
          side={<ChecksPanel checks={[]} />}
        />
      ) : (
        <Draft
          template={template}
          contact={contact.data}
          conversationId={conversationId}
          composer={composer}
          back={back}
          pickers={pickers}
        />
      )}
      <ConfirmDialog
        opened={confirmSwitch !== null}
        title="Start from another template?"
        message="Your edits to this draft are replaced by the other template's text. The values you filled in are kept."
        confirmLabel="Use the other template"
        loading={false}
        onConfirm={() => {
          setChosenId(confirmSwitch);
          setConfirmSwitch(null);
        }}
        onClose={() => setConfirmSwitch(null)}
      />
    </Page>
  );
}

/** The draft on the left; its checks and when to send it on the right. */
function ComposeGrid({ main, side }: { main: ReactNode; side: ReactNode }) {
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
function Recipient({ contact, channel }: { contact: Contact | undefined; channel: "email" | "linkedin" }) {
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
    <Text size="xs" c={contact.emails[0] ? "dimmed" : "red.7"} mt={4}>
      {contact.emails[0] ?? <>No e-mail address: {edit}</>}
    </Text>
  );
}

function DraftSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the draft">
      <Skeleton height={36} />
      <Skeleton height={220} />
    </Stack>
  );
}

type Composer = ReturnType<typeof useComposer>;

/** The draft itself: values to fill in, subject and text, and the ways to send it. */
function Draft({
  template,
  contact,
  conversationId,
  composer,
  back,
  pickers,
}: {
  template: Template;
  contact: Contact | undefined;
  conversationId: string | null;
  composer: Composer;
  back: string | null;
  pickers: ReactNode;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const mail = useMailSettings();
  const advice = useSendTime(contact?.id ?? null, template.channel === "email");
  const send = useLogMessage();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<"mail-app" | "copied" | null>(null);
  const [busy, setBusy] = useState<"now" | "at" | "logged" | null>(null);
  const [when, setWhen] = useState({ date: "", time: "", touched: false });
  const email = template.channel === "email";
  const name = contact?.fullName ?? "them";

  // The advised moment is the default, until I choose another.
  useEffect(() => {
    if (advice.data && !when.touched) setWhen({ ...toLocalInputs(advice.data.at), touched: false });
  }, [advice.data, when.touched]);
  const sendAt = fromLocalInputs(when.date, when.time);

  const sendBlocked = useMemo((): string | null => {
    if (!composer.ready) return "The draft is not ready yet.";
    if (mail.data && !mail.data.configured) return "Mail is not set up.";
    if (contact && contact.emails.length === 0) return `${name} has no e-mail address.`;
    if (composer.placeholders.length > 0)
      return `Fill in ${composer.placeholders.map((p) => `{{${p}}}`).join(", ")} first.`;
    if (!composer.subject.trim()) return "Give the e-mail a subject.";
    if (!composer.body.trim()) return "Write the message first.";
    return null;
  }, [composer, mail.data, contact, name]);

  const base = {
    contactId: contact?.id ?? "",
    conversationId: conversationId ?? undefined,
    purpose: purposeOfKind(template.kind),
    subject: email ? composer.subject : "",
    body: composer.body,
  };

  function showError(error: unknown) {
    if (error instanceof ApiError && error.field && FIELDS.has(error.field)) {
      setErrors({ [error.field]: error.fieldMessage });
      if (error.field !== "send") focusField("compose", error.field === "sendAt" ? "date" : error.field);
      return;
    }
    setFailure(error instanceof Error ? error.message : "Something went wrong.");
  }

  async function sendNow() {
    if (sendBlocked || busy) return;
    setErrors({});
    setFailure(null);
    setBusy("now");
    try {
      await send.mutateAsync({ ...base, channel: "email", templateId: template.id, send: "now" });
      toast({
        title: "Sending",
        message: `Your ${KIND_NOUNS[template.kind]} to ${name} is on its way.`,
        action: { label: "Open the outbox", onClick: () => navigate("/outbox") },
      });
      navigate(back ?? "/outbox");
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  }

  async function schedule() {
    if (sendBlocked || busy) return;
    setErrors({});
    setFailure(null);
    if (!sendAt) {
      setErrors({ sendAt: "Choose a day and a time." });
      focusField("compose", "date");
      return;
    }
    if (new Date(sendAt).getTime() < Date.now() - 60_000) {
      setErrors({ sendAt: "This time has passed: choose one to come, or send it now." });
      focusField("compose", "date");
      return;
    }
    setBusy("at");
    try {
      await send.mutateAsync({ ...base, channel: "email", templateId: template.id, send: "at", sendAt });
      toast({
        title: "Scheduled",
        message: `Your ${KIND_NOUNS[template.kind]} to ${name} goes out ${shortDateTime(sendAt)}.`,
      });
      navigate("/outbox");
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  }

  async function logSent() {
    setFailure(null);
    setBusy("logged");
    try {
      await send.mutateAsync({
        ...base,
        channel: template.channel,
        direction: "outbound",
        status: "sent",
        sentAt: new Date().toISOString(),
      });
      setPrompt(null);
      toast({
        message:
          template.kind === "request" ||
          template.kind === "linkedin-note" ||
          template.kind === "intro-request"
            ? `Logged as sent to ${name}. coffeechat will tell you when to follow up.`
            : `Logged as sent to ${name}.`,
      });
      navigate(back ?? `/contacts/${contact?.id ?? ""}`);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  }

  async function copy() {
    const text = email ? composer.body : composer.body.trim();
    if (await copyText(text)) {
      toast({ message: email ? "The text is copied." : "The note is copied." });
      setPrompt("copied");
    } else {
      toast({
        title: "Not copied",
        message: "The browser did not allow copying: select the text and copy it.",
        color: "red",
      });
    }
  }

  if (!composer.ready) {
    return (
      <ComposeGrid
        main={
          <>
            {pickers}
            {composer.renderError ? (
              <ErrorState
                error={composer.renderError}
                onRetry={composer.retryRender}
                title="Could not fill the template in"
              />
            ) : (
              <DraftSkeleton />
            )}
          </>
        }
        side={<ChecksPanel checks={[]} />}
      />
    );
  }

  const length = noteLength(composer.body);
  const over = length > LINKEDIN_NOTE_LIMIT;
  const mailReady = mail.data?.configured ?? true;

  return (
    <ComposeGrid
      main={
        <>
          {pickers}
          <VariableFields
            names={composer.asked}
            values={composer.values}
            onChange={composer.setValue}
            onCommit={composer.commitValue}
          />
          {composer.edited && composer.asked.length > 0 && (
            <Group gap="xs" mt={-8}>
              <Text size="xs" c="dimmed">
                You have edited the text: a value now fills its {"{{placeholder}}"} when you leave its field.
              </Text>
              <Button
                variant="subtle"
                size="compact-xs"
                leftSection={<IconRefresh size={12} />}
                onClick={composer.startOver}
              >
                Start again from the template
              </Button>
            </Group>
          )}
          {email && (
            <TextInput
              id={fieldId("compose", "subject")}
              label="Subject"
              value={composer.subject}
              error={errors.subject}
              onChange={(event) => composer.setText("subject", event.currentTarget.value)}
            />
          )}
          <Box>
            <Textarea
              id={fieldId("compose", "body")}
              label={email ? "Message" : "Connection note"}
              autosize
              minRows={email ? 10 : 5}
              maxRows={30}
              value={composer.body}
              error={errors.body}
              onChange={(event) => composer.setText("body", event.currentTarget.value)}
              aria-describedby={email ? undefined : "note-length"}
              styles={{ input: { lineHeight: 1.6 } }}
            />
            {!email && (
              <Text
                id="note-length"
                size="xs"
                mt={4}
                ta="right"
                c={over ? "red.7" : "dimmed"}
                fw={over ? 600 : 400}
                aria-live="polite"
              >
                {length} / {LINKEDIN_NOTE_LIMIT} characters
                {over ? `: cut ${length - LINKEDIN_NOTE_LIMIT}` : ""}
              </Text>
            )}
          </Box>
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={20} />}
              title="Not sent"
              role="alert"
            >
              {failure}
            </Alert>
          )}
          {email && (errors.send || (mail.data && !mail.data.configured)) && (
            <MailNotSetUp missingFrom={Boolean(mail.data?.server && !mail.data.from)} />
          )}
          {errors.to && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} role="alert">
              {errors.to}{" "}
              {contact && (
                <Anchor component={Link} to={`/contacts/${contact.id}/edit`} inherit fw={600}>
                  Add an e-mail address
                </Anchor>
              )}
            </Alert>
          )}
          {prompt ? (
            <SentPrompt
              how={prompt}
              onSent={() => void logSent()}
              onDismiss={() => setPrompt(null)}
              logging={busy === "logged"}
            />
          ) : (
            <Group gap="sm" role="group" aria-label="Send">
              {email ? (
                <>
                  <Button
                    leftSection={<IconSend size={16} />}
                    onClick={() => void sendNow()}
                    loading={busy === "now"}
                    disabled={sendBlocked !== null || (busy !== null && busy !== "now")}
                    title={sendBlocked ?? undefined}
                  >
                    Send now
                  </Button>
                  <Button
                    component="a"
                    href={mailtoUrl(contact?.emails[0], composer.subject, composer.body)}
                    variant="default"
                    leftSection={<IconMailForward size={16} />}
                    onClick={() => setPrompt("mail-app")}
                  >
                    Open in my mail app
                  </Button>
                  <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => void copy()}>
                    Copy text
                  </Button>
                </>
              ) : (
                <>
                  <Button leftSection={<IconCopy size={16} />} onClick={() => void copy()}>
                    Copy note
                  </Button>
                  {contact?.linkedinUrl ? (
                    <Button
                      component="a"
                      href={contact.linkedinUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      variant="default"
                      leftSection={<IconBrandLinkedin size={16} />}
                      rightSection={<IconExternalLink size={14} aria-label="(opens in a new tab)" />}
                    >
                      Open LinkedIn profile
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No LinkedIn profile for {name} yet.
                    </Text>
                  )}
                </>
              )}
            </Group>
          )}
          {email && sendBlocked && composer.ready && mailReady && !prompt && (
            <Text size="xs" c="dimmed" mt={-8}>
              {sendBlocked}
            </Text>
          )}
        </>
      }
      side={
        <>
          <ChecksPanel checks={composer.checks} />
          {email ? (
            <SendLaterCard
              advice={advice.data}
              adviceLoading={advice.isPending}
              date={when.date}
              time={when.time}
              error={errors.sendAt}
              onChange={(field, value) => setWhen((now) => ({ ...now, [field]: value, touched: true }))}
              onUseAdvice={() => advice.data && setWhen({ ...toLocalInputs(advice.data.at), touched: false })}
              onSchedule={() => void schedule()}
              scheduling={busy === "at"}
              disabled={sendBlocked ?? (busy !== null && busy !== "at" ? "Busy" : null)}
            />
          ) : (
            <Text size="xs" c="dimmed" px="xs">
              LinkedIn notes cannot be sent from coffeechat: copy the note, open their profile, choose
              Connect, then Add a note, and paste it.
            </Text>
          )}
        </>
      }
    />
  );
}

const KIND_NOUNS: Record<TemplateKind, string> = {
  request: "request",
  "intro-request": "request for an introduction",
  "linkedin-note": "note",
  "follow-up": "follow-up",
  "thank-you": "thank-you",
  "stay-in-touch": "update",
};

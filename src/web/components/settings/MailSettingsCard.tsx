import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  DataList,
  Grid,
  Group,
  List,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconCircleCheck, IconMailForward, IconTrash } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { ApiError } from "../../api/http.js";
import type { MailSettingsView } from "../../api/types.js";
import { useMailSettings, useSendTestMail, useUpdateMailSettings } from "../../hooks/mail-settings.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import { useToast } from "../../lib/toast-context.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { ErrorState } from "../ErrorState.js";

const FORM = "mail";

/** Settings → Mail: the server requests go out through, the address they come from, and a test mail. */
export function MailSettingsCard() {
  const mail = useMailSettings();
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const loaded = Boolean(mail.data);
  // Links such as "Set it up in Settings" point at /settings#mail: bring the section into view.
  useEffect(() => {
    if (hash === "#mail" && loaded) section.current?.scrollIntoView({ block: "start" });
  }, [hash, loaded]);
  return (
    <Paper
      ref={section}
      withBorder
      radius="lg"
      p="xl"
      component="section"
      aria-labelledby="mail-heading"
      id="mail"
      style={{ scrollMarginTop: 76 }}
    >
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Group gap="xs">
            <Title order={2} fz="md" id="mail-heading">
              Mail
            </Title>
            {mail.data && (
              <Badge variant="light" color={mail.data.configured ? "green" : "gray"} radius="sm" tt="none">
                {mail.data.configured ? "Set up" : "Not set up"}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            To send and schedule messages from coffeechat, give it your mail account's outgoing server.
            Without it, the composer opens drafts in your own mail app instead.
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {mail.isError ? (
            <ErrorState
              error={mail.error}
              onRetry={() => void mail.refetch()}
              title="Could not load the mail settings"
            />
          ) : !mail.data ? (
            <Stack gap="sm" aria-busy="true" aria-label="Loading the mail settings">
              <Skeleton height={18} width="60%" />
              <Skeleton height={36} />
              <Skeleton height={36} />
            </Stack>
          ) : (
            <MailForm key={`${mail.data.server}|${mail.data.from}`} current={mail.data} />
          )}
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

/** The field an API error names, when it is one of the mail form's. */
const mailField = (field: string) => (field === "smtpUrl" || field === "from" ? field : null);

function MailForm({ current }: { current: MailSettingsView }) {
  const update = useUpdateMailSettings();
  const test = useSendTestMail();
  const toast = useToast();
  const [tested, setTested] = useState<{ ok: true; to: string } | { ok: false; message: string } | null>(
    null,
  );
  const [clearing, setClearing] = useState(false);
  const server = useCheckedForm({
    name: FORM,
    initialValues: { smtpUrl: "", from: current.from ?? "" },
    validate: () => ({}),
    fieldOrder: ["smtpUrl", "from"],
    onSubmit: async ({ smtpUrl, from }) => {
      setTested(null);
      await update.mutateAsync({
        ...(smtpUrl.trim() ? { smtpUrl: smtpUrl.trim() } : {}),
        from: from.trim() || null,
      });
      server.form.setFieldValue("smtpUrl", "");
      toast({ message: "Mail settings saved. Send yourself a test mail to be sure." });
    },
    fieldOf: mailField,
    failureMessage: "Something went wrong.",
  });
  const testMail = useCheckedForm({
    name: FORM,
    initialValues: { to: "" },
    validate: () => ({}),
    fieldOrder: ["to"],
    onSubmit: async ({ to }) => {
      setTested(null);
      try {
        const result = await test.mutateAsync(to.trim() || undefined);
        setTested({ ok: true, to: result.sentTo });
      } catch (error) {
        // A refused address is shown on its field; anything else under the button.
        if (error instanceof ApiError && error.field === "to") throw error;
        setTested({
          ok: false,
          message: error instanceof ApiError ? error.fieldMessage : (error as Error).message,
        });
      }
    },
    fieldOf: (field) => (field === "to" ? "to" : null),
  });
  const { smtpUrl, from } = server.values;
  const dirty = smtpUrl.trim() !== "" || from.trim() !== (current.from ?? "");
  const failure = server.formError;

  async function clear() {
    server.form.clearErrors();
    server.setFormError(null);
    setTested(null);
    try {
      await update.mutateAsync({ smtpUrl: null, from: null });
      setClearing(false);
      toast({ message: "Your mail server is forgotten.", color: "gray" });
    } catch (error) {
      setClearing(false);
      server.setFormError(error instanceof Error ? error.message : "Something went wrong.");
    }
  }

  return (
    <Stack gap="md">
      {current.server ? (
        <DataList labelWidth={96} gap={6} aria-live="polite">
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">Server</DataList.ItemLabel>
            <DataList.ItemValue style={{ minWidth: 0, overflowWrap: "anywhere" }}>
              <Code>{current.server}</Code>
              <Text size="xs" c="dimmed">
                {current.source === "environment"
                  ? "From COFFEECHAT_SMTP_URL, which coffeechat was started with. A server saved here is used instead."
                  : "Saved here. The password is kept on this computer and never shown."}
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">From</DataList.ItemLabel>
            <DataList.ItemValue style={{ minWidth: 0, overflowWrap: "anywhere" }}>
              {current.from ?? (
                <Text span size="sm" c="var(--cc-text-danger)">
                  Not set: say below which address mail comes from.
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          No mail server yet.
        </Text>
      )}
      <form
        aria-label="Mail server"
        {...server.formProps}
        onSubmit={(event) => {
          if (dirty && !update.isPending) server.formProps.onSubmit(event);
          else event.preventDefault();
        }}
      >
        <Stack gap="md">
          {failure && (
            <Alert color="red" variant="light" title="Not saved" role="alert">
              {failure}
            </Alert>
          )}
          <PasswordInput
            label={current.source === "settings" ? "New mail server (SMTP URL)" : "Mail server (SMTP URL)"}
            description={
              current.source === "settings"
                ? "Leave empty to keep the one saved. It holds your password, so it is never shown again."
                : "It holds your password, so once saved it is never shown again."
            }
            placeholder="smtps://you%40example.org:app-password@smtp.example.org:465"
            autoComplete="off"
            spellCheck={false}
            {...server.field("smtpUrl")}
          />
          <TextInput
            label="Send from"
            description="Your name and address as people will see them."
            placeholder="Ada Lovelace <ada@example.org>"
            autoComplete="email"
            {...server.field("from")}
          />
          <Group gap="sm" justify="flex-end">
            {current.source === "settings" && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => setClearing(true)}
                disabled={update.isPending}
              >
                Clear
              </Button>
            )}
            <Button type="submit" loading={update.isPending && !clearing} disabled={!dirty}>
              Save mail settings
            </Button>
          </Group>
        </Stack>
      </form>
      <AppPasswordHelp />
      {current.configured && (
        <Stack gap="xs" pt="xs" style={{ borderTop: "1px solid var(--cc-color-line)" }}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Send the test to"
              placeholder={current.from?.match(/<([^>]+)>/)?.[1] ?? current.from ?? "you@example.org"}
              description="Empty: to the address you send from."
              inputWrapperOrder={["label", "input", "description", "error"]}
              {...testMail.field("to")}
              style={{ flex: "1 1 240px" }}
            />
            <Button
              variant="default"
              leftSection={<IconMailForward size={16} />}
              onClick={() => testMail.formProps.onSubmit()}
              loading={test.isPending}
              mb={testMail.errorOf("to") ? 42 : 22}
            >
              Send me a test mail
            </Button>
          </Group>
          <div aria-live="polite">
            {tested?.ok && (
              <Alert
                color="green"
                variant="light"
                icon={<IconCircleCheck size={20} />}
                title="Test mail sent"
              >
                Sent to {tested.to}. If it is not in your inbox in a minute, look in the spam folder.
              </Alert>
            )}
            {tested && !tested.ok && (
              <Alert color="red" variant="light" title="The test mail was not sent" role="alert">
                {tested.message}
              </Alert>
            )}
          </div>
        </Stack>
      )}
      <ConfirmDialog
        opened={clearing}
        title="Forget your mail server?"
        message={
          "coffeechat forgets the server, its password and the sender saved here. Scheduled messages then wait until mail is set up again" +
          " (or go through the server coffeechat was started with, if any)."
        }
        confirmLabel="Forget it"
        loading={update.isPending}
        onConfirm={() => void clear()}
        onClose={() => setClearing(false)}
      />
    </Stack>
  );
}

/** Where the SMTP URL's password comes from: an app password, made in the mail account's security settings. */
function AppPasswordHelp() {
  return (
    <Text component="div" size="xs" c="dimmed" lh={1.55}>
      <Text size="xs" fw={600} c="var(--cc-color-text-soft)" mb={2}>
        Where do I get the password?
      </Text>
      Most mail services want an <em>app password</em> here rather than your normal one: a separate password
      for one app, which you can revoke at any time. Turn on two-step verification, then make one in your
      account's security settings:
      <List size="xs" spacing={2} mt={4} c="dimmed">
        <List.Item>
          Gmail:{" "}
          <Anchor
            href="https://myaccount.google.com/apppasswords"
            target="_blank"
            rel="noopener noreferrer"
            size="xs"
          >
            Google Account → App passwords
          </Anchor>
          , then <Code fz="xs">smtps://you%40gmail.com:APP-PASSWORD@smtp.gmail.com:465</Code>
        </List.Item>
        <List.Item>
          Fastmail, iCloud, Outlook.com and others: look for "app passwords" in the security settings, and for
          the "SMTP server" in their help.
        </List.Item>
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        In the URL, write the @ of your address as %40; <Code fz="xs">smtps://</Code> is for port 465,{" "}
        <Code fz="xs">smtp://</Code> for 587.
      </Text>
    </Text>
  );
}

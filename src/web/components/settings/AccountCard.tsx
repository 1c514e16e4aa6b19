import {
  Alert,
  Anchor,
  Button,
  Code,
  CopyButton,
  Divider,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload, IconKey } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { exportUrl } from "../../api/urls.js";
import {
  useAccount,
  useDeleteAccount,
  useMakeToken,
  useRevokeToken,
  useService,
  useTokenStatus,
} from "../../hooks/account.js";
import { formatDateTime } from "../../lib/format.js";
import { useToast } from "../../lib/toast-context.js";
import { ConfirmDialog } from "../ConfirmDialog.js";
import { ErrorState } from "../ErrorState.js";

/** What to type to delete the account: nothing that a slip of the hand produces. */
export const DELETE_PHRASE = "delete my account";

/** Settings → Account (hosted mode): who is signed in, the personal API token, deleting the account. */
export function AccountCard() {
  const service = useService();
  const hosted = service.data?.mode === "hosted";
  const account = useAccount(hosted);
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  const loaded = Boolean(account.data);
  useEffect(() => {
    if (hash === "#account" && loaded) section.current?.scrollIntoView({ block: "start" });
  }, [hash, loaded]);
  if (!hosted) return null;

  return (
    <Paper
      ref={section}
      withBorder
      radius="lg"
      p="xl"
      component="section"
      aria-labelledby="account-heading"
      id="account"
      style={{ scrollMarginTop: 76 }}
    >
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Title order={2} fz="md" id="account-heading">
            Account
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            Who is signed in, a token for your own scripts, and leaving.
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {account.isError ? (
            <ErrorState
              error={account.error}
              onRetry={() => void account.refetch()}
              title="Could not load your account"
            />
          ) : !account.data ? (
            <Stack gap="sm" aria-busy="true" aria-label="Loading your account">
              <Skeleton height={18} width="60%" />
              <Skeleton height={36} />
            </Stack>
          ) : (
            <Stack gap="lg">
              <Text>
                Signed in as <strong>{account.data.name}</strong>
                {account.data.email && <> ({account.data.email})</>}.
              </Text>
              <Divider />
              <TokenSection />
              <Divider />
              <DeleteSection />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

function TokenSection() {
  const status = useTokenStatus();
  const make = useMakeToken();
  const revoke = useRevokeToken();
  const toast = useToast();
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const makeOne = async () => {
    setError(null);
    try {
      setShown((await make.mutateAsync()).token);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const revokeIt = async () => {
    setError(null);
    try {
      await revoke.mutateAsync();
      setShown(null);
      toast({ message: "The token no longer works." });
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} fz="sm">
        Personal API token
      </Title>
      <Text size="sm" c="dimmed">
        Lets your own scripts reach your data: send it as <Code>Authorization: Bearer …</Code> to{" "}
        <Code>{window.location.origin}/api</Code>. Keep it like a password.
      </Text>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {error}
        </Alert>
      )}
      {status.isError ? (
        <ErrorState
          error={status.error}
          onRetry={() => void status.refetch()}
          title="Could not load the token"
        />
      ) : !status.data ? (
        <Skeleton height={36} aria-label="Loading the token" />
      ) : (
        <>
          {shown && (
            <Alert color="green" variant="light" icon={<IconKey size={18} />} role="status">
              <Stack gap="xs">
                <Text size="sm">
                  <strong>Your new token.</strong> Copy it now: it is shown only this once.
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Code block style={{ flex: 1, wordBreak: "break-all" }} data-testid="new-token">
                    {shown}
                  </Code>
                  <CopyButton value={shown}>
                    {({ copied, copy }) => (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={copy}
                        leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                      >
                        {copied ? "Copied" : "Copy"}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
              </Stack>
            </Alert>
          )}
          <Text size="sm">
            {status.data.active
              ? `A token is in use${status.data.createdAt ? `, made ${formatDateTime(status.data.createdAt)}` : ""}.`
              : "No token is in use."}
          </Text>
          <Group gap="sm">
            <Button variant="light" loading={make.isPending} onClick={() => void makeOne()}>
              {status.data.active ? "Make a new token" : "Make a token"}
            </Button>
            {status.data.active && (
              <Button variant="default" loading={revoke.isPending} onClick={() => void revokeIt()}>
                Revoke the token
              </Button>
            )}
          </Group>
          {status.data.active && (
            <Text size="xs" c="dimmed">
              Making a new token ends the one in use.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

function DeleteSection() {
  const remove = useDeleteAccount();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [typed, setTyped] = useState("");
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = typed.trim().toLowerCase() === DELETE_PHRASE;

  const confirm = async () => {
    setError(null);
    try {
      await remove.mutateAsync();
      setAsking(false);
      navigate("/sign-in", { replace: true });
      client.clear();
    } catch (failure) {
      setAsking(false);
      setError((failure as Error).message);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} fz="sm">
        Delete my account
      </Title>
      <Text size="sm" c="dimmed">
        Deleting removes every contact, conversation, note and message of yours, and cannot be undone.
        Download a backup first: you can bring it into coffeechat on your own computer, or into another
        account.
      </Text>
      <Anchor href={exportUrl("json")} download size="sm">
        <Group gap={6} component="span">
          <IconDownload size={16} />
          Download a backup (JSON)
        </Group>
      </Anchor>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {error}
        </Alert>
      )}
      <TextInput
        label={`To delete, type “${DELETE_PHRASE}”`}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        autoComplete="off"
        maw={360}
      />
      <Group>
        <Button color="red" variant="light" disabled={!ready} onClick={() => setAsking(true)}>
          Delete my account
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking}
        title="Delete your account?"
        message="Everything of yours goes now, for good, and you are signed out."
        confirmLabel="Delete everything"
        cancelLabel="Keep my account"
        loading={remove.isPending}
        onConfirm={() => void confirm()}
        onClose={() => setAsking(false)}
      />
    </Stack>
  );
}

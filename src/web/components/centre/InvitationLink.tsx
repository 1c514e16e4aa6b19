import { Button, Group, Paper, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { IconCopy } from "@tabler/icons-react";
import { useCohortInvitation } from "../../hooks/centre.js";
import { copyText } from "../../lib/clipboard.js";
import { useToast } from "../../lib/toast-context.js";
import { ErrorState } from "../ErrorState.js";

/** The link an advisor sends to their students, with a copy button. */
export function InvitationLink({ cohortId }: { cohortId: string }) {
  const invitation = useCohortInvitation(cohortId);
  const toast = useToast();
  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="xs">
        <Text fw={600} component="h2" fz="md" m={0}>
          Invitation link
        </Text>
        <Text size="sm" c="gray.7">
          Send this link to your students. Once signed in, they join the cohort and choose what you may see.
        </Text>
        {invitation.isError ? (
          <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />
        ) : !invitation.data ? (
          <Skeleton height={36} aria-label="Loading the link" />
        ) : (
          <Group gap="sm" wrap="nowrap" align="flex-end">
            <TextInput
              label="Link for students"
              readOnly
              value={invitation.data.url}
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: 1 }}
            />
            <Button
              leftSection={<IconCopy size={16} />}
              variant="light"
              onClick={async () => {
                const ok = await copyText(invitation.data.url);
                toast(
                  ok
                    ? { message: "Link copied. Paste it into your message to the cohort.", color: "green" }
                    : {
                        message: "The browser did not allow copying: select the link and copy it.",
                        color: "red",
                      },
                );
              }}
            >
              Copy link
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

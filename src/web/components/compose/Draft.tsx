// The draft itself: its words, what went wrong, the ways to send it; beside it the checks and
// when to send it.
import { Alert, Anchor, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Contact, Template } from "../../api/types.js";
import type { useComposer } from "../../hooks/use-composer.js";
import type { LeaveGuard } from "../../hooks/use-leave-guard.js";
import { useSendFlows } from "../../hooks/use-send-flows.js";
import { ErrorState } from "../ErrorState.js";
import { ChecksPanel } from "../outreach/ChecksPanel.js";
import { MailNotSetUp } from "../outreach/MailNotSetUp.js";
import { SendLaterCard } from "../outreach/SendLaterCard.js";
import { ComposeGrid, DraftSkeleton } from "./ComposeLayout.js";
import { DraftText } from "./DraftText.js";
import { SendActions } from "./SendActions.js";

export function Draft({
  template,
  contact,
  conversationId,
  composer,
  back,
  pickers,
  leave,
}: {
  template: Template;
  contact: Contact | undefined;
  conversationId: string | null;
  composer: ReturnType<typeof useComposer>;
  back: string | null;
  pickers: ReactNode;
  leave?: Pick<LeaveGuard, "allow" | "guard">;
}) {
  const flows = useSendFlows({ template, contact, conversationId, composer, back, leave });
  const { errors, mail, busy, sendBlocked } = flows;
  const email = template.channel === "email";

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

  const mailReady = mail?.configured ?? true;
  return (
    <ComposeGrid
      main={
        <>
          {pickers}
          <DraftText composer={composer} email={email} errors={errors} />
          {flows.failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={20} />}
              title="Not sent"
              role="alert"
            >
              {flows.failure}
            </Alert>
          )}
          {email && (errors.send || (mail && !mail.configured)) && (
            <MailNotSetUp missingFrom={Boolean(mail?.server && !mail.from)} />
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
          <SendActions
            email={email}
            contact={contact}
            subject={composer.subject}
            body={composer.body}
            flows={flows}
          />
          {email && sendBlocked && composer.ready && mailReady && !flows.prompt && (
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
              advice={flows.advice.data}
              adviceLoading={flows.advice.isPending}
              date={flows.when.date}
              time={flows.when.time}
              error={errors.sendAt}
              onChange={flows.setWhen}
              onUseAdvice={flows.takeAdvice}
              onSchedule={() => void flows.schedule()}
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

import { Anchor, Breadcrumbs, Button, Text } from "@mantine/core";
import { IconTemplate } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { ComposeGrid, DraftSkeleton } from "../components/compose/ComposeLayout.js";
import { ComposePickers } from "../components/compose/ComposePickers.js";
import { Draft } from "../components/compose/Draft.js";
import { ErrorState } from "../components/ErrorState.js";
import { ChecksPanel } from "../components/outreach/ChecksPanel.js";
import { Page, PageHeader } from "../components/Page.js";
import { useContact } from "../hooks/contacts.js";
import { useConversation } from "../hooks/conversations.js";
import { useTemplates } from "../hooks/templates.js";
import { useComposeParams } from "../hooks/use-compose-params.js";
import { useComposer } from "../hooks/use-composer.js";
import { useLeaveGuard } from "../hooks/use-leave-guard.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { defaultTemplate } from "../lib/outreach.js";

/**
 * `/compose?contactId=&conversationId=&purpose=&introduceTo=`: a draft from a template, checked while
 * typed, then sent. With `introduceTo`, a request for an introduction is about that person.
 */
export function ComposePage() {
  const { contactId, conversationId, introduceTo, kind, specificPoint, chooseContact, back } =
    useComposeParams();
  const contact = useContact(contactId || null);
  const target = useContact(introduceTo);
  const conversation = useConversation(conversationId);
  const templates = useTemplates();
  usePageTitle(contact.data ? `Write to ${contact.data.fullName}` : "Write a message");

  const [chosenId, setChosenId] = useState<string | null>(null);
  const [confirmSwitch, setConfirmSwitch] = useState<string | null>(null);
  const items = templates.data?.items ?? [];
  const visible = items.filter((template) => !template.hidden);
  const fallback = contactId && !contact.data ? null : defaultTemplate(items, kind, contact.data ?? null);
  const template = visible.find((candidate) => candidate.id === chosenId) ?? fallback;

  // Only a request for an introduction is about someone else; another template is about them.
  const introducing = template?.kind === "intro-request" && introduceTo !== contactId ? introduceTo : null;
  const composer = useComposer({
    template,
    contactId,
    conversationId,
    introduceTo: introducing,
    initialValues: specificPoint ? { specificPoint } : undefined,
  });

  const leave = useLeaveGuard(composer.edited, "Your edits to this draft are not sent yet.");

  /** Another template: my edits would be lost, so that is asked first. */
  function chooseTemplate(id: string | null) {
    if (!id || id === template?.id) return;
    if (composer.edited) setConfirmSwitch(id);
    else setChosenId(id);
  }

  const pickers = (
    <ComposePickers
      contactId={contactId}
      contact={contact.data}
      onContact={chooseContact}
      templates={items}
      templatesLoading={templates.isPending}
      template={template}
      onTemplate={chooseTemplate}
      conversation={conversationId ? conversation.data : undefined}
    />
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
            {introducing && contact.data && target.data
              ? `Ask ${contact.data.firstName} to introduce you to ${target.data.fullName}. `
              : ""}
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
          leave={leave}
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
      {leave.dialog}
    </Page>
  );
}

import { Anchor, Breadcrumbs } from "@mantine/core";
import { useMemo } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { STAGE_LABELS } from "../../core/stages.js";
import { ConversationForm } from "../components/conversations/ConversationForm.js";
import { Page, PageHeader } from "../components/Page.js";
import { useContact } from "../hooks/contacts.js";
import { useCreateConversation } from "../hooks/conversations.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { emptyConversationForm, toCreateInput } from "../lib/conversation-form.js";
import { composeUrl } from "../lib/outreach.js";
import { useToast } from "../lib/toast-context.js";

/** `/conversations/new?contactId=&goalId=`: plan a conversation, with someone or a goal already chosen. */
export function NewConversationPage() {
  usePageTitle("New conversation");
  const [params] = useSearchParams();
  const contactId = params.get("contactId") ?? "";
  const contact = useContact(contactId || null);
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateConversation();
  const goalIds = params.getAll("goalId").join(",");
  const initial = useMemo(
    () => emptyConversationForm(contactId, goalIds ? goalIds.split(",") : []),
    [contactId, goalIds],
  );

  return (
    <Page size="lg">
      <Breadcrumbs mb="xs" fz="sm">
        {contact.data ? (
          <Anchor component={Link} to={`/contacts/${contact.data.id}`}>
            {contact.data.fullName}
          </Anchor>
        ) : (
          <Anchor component={Link} to="/pipeline">
            Pipeline
          </Anchor>
        )}
        <span>New conversation</span>
      </Breadcrumbs>
      <PageHeader
        title={contact.data ? `Plan a conversation with ${contact.data.fullName}` : "Plan a conversation"}
      />
      <ConversationForm
        key={`${contactId}|${goalIds}`}
        initial={initial}
        onSubmit={async (values, then) => {
          const conversation = await create.mutateAsync(toCreateInput(values));
          navigate(
            then === "write"
              ? composeUrl({
                  contactId: conversation.contactId,
                  conversationId: conversation.id,
                  purpose: "request",
                })
              : `/conversations/${conversation.id}`,
          );
          toast({
            title: "Conversation planned",
            message: `With ${conversation.contactName}, at ${STAGE_LABELS[conversation.stage]}.`,
          });
        }}
        onCancel={() => navigate(-1)}
      />
    </Page>
  );
}

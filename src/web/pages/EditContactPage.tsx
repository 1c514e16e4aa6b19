import { Anchor, Breadcrumbs, Skeleton, Stack } from "@mantine/core";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { isNotFound } from "../api/http.js";
import { ContactForm } from "../components/contacts/ContactForm.js";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { useContact, useUpdateContact } from "../hooks/contacts.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { contactToForm, toUpdateInput } from "../lib/contact-form.js";
import { useToast } from "../lib/toast-context.js";
import { ContactNotFound } from "./ContactNotFound.js";

/** `/contacts/:id/edit`: change a contact with the same form as for a new one. */
export function EditContactPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToast();
  const contact = useContact(id);
  const update = useUpdateContact(id);
  usePageTitle(contact.data ? `Edit ${contact.data.fullName}` : "Edit contact");

  if (contact.isError) {
    return isNotFound(contact.error) ? (
      <ContactNotFound />
    ) : (
      <Page>
        <ErrorState
          error={contact.error}
          onRetry={() => void contact.refetch()}
          title="Could not load this contact"
        />
      </Page>
    );
  }
  if (!contact.data) {
    return (
      <Page size="lg">
        <Stack gap="lg" aria-busy="true">
          <Skeleton height={32} width={260} />
          <Skeleton height={220} radius="lg" />
          <Skeleton height={220} radius="lg" />
        </Stack>
      </Page>
    );
  }

  const initial = contactToForm(contact.data);
  const page = `/contacts/${id}`;
  // Back to the contact page: one step back when we came from it, else by replacing this entry.
  const leave = () =>
    (location.state as { fromContact?: boolean } | null)?.fromContact
      ? navigate(-1)
      : navigate(page, { replace: true });
  return (
    <Page size="lg">
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/contacts">
          Contacts
        </Anchor>
        <Anchor component={Link} to={page}>
          {contact.data.fullName}
        </Anchor>
        <span>Edit</span>
      </Breadcrumbs>
      <PageHeader title={`Edit ${contact.data.fullName}`} />
      <ContactForm
        key={contact.data.id}
        initial={initial}
        submitLabel="Save changes"
        onSubmit={async (values) => {
          const changes = toUpdateInput(values, initial);
          if (Object.keys(changes).length > 0) {
            await update.mutateAsync(changes);
            toast({ message: "Changes saved." });
          }
          leave();
        }}
        onCancel={leave}
      />
    </Page>
  );
}

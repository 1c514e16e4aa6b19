import { Anchor, Breadcrumbs } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { ContactForm } from "../components/contacts/ContactForm.js";
import { Page, PageHeader } from "../components/Page.js";
import { useCreateContact } from "../hooks/contacts.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { emptyContactForm, toCreateInput } from "../lib/contact-form.js";
import { useToast } from "../lib/toast-context.js";

const INITIAL = emptyContactForm();

/** `/contacts/new`: add someone. */
export function NewContactPage() {
  usePageTitle("New contact");
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateContact();

  return (
    <Page size="lg">
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/contacts">
          Contacts
        </Anchor>
        <span>New</span>
      </Breadcrumbs>
      <PageHeader title="New contact" />
      <ContactForm
        initial={INITIAL}
        submitLabel="Save contact"
        onSubmit={async (values) => {
          const contact = await create.mutateAsync(toCreateInput(values));
          navigate(`/contacts/${contact.id}`);
          toast({
            title: "Contact added",
            message: `${contact.fullName} is in your contacts.`,
            action: { label: "Add another", onClick: () => navigate("/contacts/new") },
          });
        }}
        onCancel={() => navigate(-1)}
      />
    </Page>
  );
}

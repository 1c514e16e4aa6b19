import { Anchor, Breadcrumbs, Grid, Group, Skeleton, Stack } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { Link, useNavigate, useParams } from "react-router";
import { isNotFound } from "../api/http.js";
import { ArchivedBanner } from "../components/contacts/ArchivedBanner.js";
import { ContactDetails } from "../components/contacts/ContactDetails.js";
import { ContactHeader } from "../components/contacts/ContactHeader.js";
import { ContactInsightsCard } from "../components/contacts/ContactInsightsCard.js";
import { ContactPromisesCard } from "../components/contacts/ContactPromisesCard.js";
import { ErrorState } from "../components/ErrorState.js";
import { ExchangeLedgerCard } from "../components/exchanges/ExchangeLedgerCard.js";
import { AskAboutCard } from "../components/expertise/AskAboutCard.js";
import { WaysInCard } from "../components/network/WaysInCard.js";
import { Page } from "../components/Page.js";
import { useContact, useSetContactArchived } from "../hooks/contacts.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { composeUrl } from "../lib/outreach.js";
import { useToast } from "../lib/toast-context.js";
import { ContactNotFound } from "./ContactNotFound.js";

/** `/contacts/:id`: one person, all they are to me. */
export function ContactPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const contact = useContact(id);
  const setArchived = useSetContactArchived();
  usePageTitle(contact.data?.fullName ?? (contact.isError ? "Contact not found" : "Contact"));

  const edit = () => navigate(`/contacts/${id}/edit`, { state: { fromContact: true } });
  useHotkeys([
    ["e", () => contact.data && edit()],
    ["p", () => contact.data && !contact.data.archived && navigate(`/conversations/new?contactId=${id}`)],
    ["w", () => contact.data && !contact.data.archived && navigate(composeUrl({ contactId: id }))],
  ]);

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
  if (!contact.data) return <ContactPageSkeleton />;

  const data = contact.data;
  const toggleArchived = (archived: boolean) =>
    setArchived.mutate(
      { id: data.id, archived },
      {
        onSuccess: (saved) =>
          toast({
            message: archived
              ? `${saved.fullName} is archived.`
              : `${saved.fullName} is back in your contacts.`,
            color: archived ? "gray" : "green",
            action: archived
              ? { label: "Undo", onClick: () => setArchived.mutate({ id: data.id, archived: false }) }
              : undefined,
          }),
        onError: (error) => toast({ message: error.message, title: "Not saved", color: "red" }),
      },
    );

  return (
    <Page size="lg">
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/contacts">
          Contacts
        </Anchor>
        <span>{data.fullName}</span>
      </Breadcrumbs>
      {data.archived && (
        <ArchivedBanner
          what="contact"
          archivedAt={data.archivedAt}
          onRestore={() => toggleArchived(false)}
          restoring={setArchived.isPending}
        />
      )}
      <ContactHeader
        contact={data}
        onEdit={edit}
        onToggleArchived={() => toggleArchived(!data.archived)}
        archiving={setArchived.isPending}
      />
      <ContactDetails contact={data}>
        <ExchangeLedgerCard contact={data} />
        <ContactPromisesCard contactId={data.id} firstName={data.firstName} />
        <ContactInsightsCard contactId={data.id} firstName={data.firstName} />
        <AskAboutCard contactId={data.id} />
        {data.relationshipStrength === "new" && !data.archived && (
          <WaysInCard target={{ contactId: data.id }} name={data.fullName} />
        )}
      </ContactDetails>
    </Page>
  );
}

function ContactPageSkeleton() {
  return (
    <Page size="lg">
      <Stack gap="xl" aria-busy="true" aria-label="Loading contact">
        <Group gap="lg">
          <Skeleton circle height={72} />
          <Stack gap={10}>
            <Skeleton height={24} width={240} />
            <Skeleton height={14} width={320} />
          </Stack>
        </Group>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Skeleton height={200} radius="lg" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Skeleton height={200} radius="lg" />
          </Grid.Col>
        </Grid>
      </Stack>
    </Page>
  );
}

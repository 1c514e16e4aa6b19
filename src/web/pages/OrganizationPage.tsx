import {
  Anchor,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconArchive, IconBuilding, IconExternalLink, IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isNotFound } from "../api/http.js";
import { ArchivedBanner } from "../components/contacts/ArchivedBanner.js";
import { ErrorState } from "../components/ErrorState.js";
import { InfoCard } from "../components/InfoCard.js";
import { WaysInCard } from "../components/network/WaysInCard.js";
import { OrganizationContacts } from "../components/organizations/OrganizationContacts.js";
import { OrganizationForm } from "../components/organizations/OrganizationForm.js";
import { Page } from "../components/Page.js";
import {
  useOrganization,
  useSetOrganizationArchived,
  useUpdateOrganization,
} from "../hooks/organizations.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { formatDateTime } from "../lib/format.js";
import { useToast } from "../lib/toast-context.js";
import { NotFoundPage } from "./NotFoundPage.js";

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** `/organizations/:id`: an organisation's details and the people I know there. */
export function OrganizationPage() {
  const { id = "" } = useParams();
  const toast = useToast();
  const organization = useOrganization(id);
  const update = useUpdateOrganization(id);
  const setArchived = useSetOrganizationArchived();
  const [editing, setEditing] = useState(false);
  usePageTitle(organization.data?.name ?? (organization.isError ? "Organisation not found" : "Organisation"));
  useHotkeys([["e", () => organization.data && setEditing(true)]]);

  if (organization.isError) {
    return isNotFound(organization.error) ? (
      <NotFoundPage
        title="Organisation not found"
        description="There is no organisation at this address."
        action={
          <Button component={Link} to="/organizations">
            Back to organisations
          </Button>
        }
      />
    ) : (
      <Page>
        <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />
      </Page>
    );
  }
  if (!organization.data) {
    return (
      <Page size="lg">
        <Stack gap="lg" aria-busy="true" aria-label="Loading organisation">
          <Skeleton height={32} width={280} />
          <Skeleton height={180} radius="lg" />
        </Stack>
      </Page>
    );
  }

  const data = organization.data;
  const toggleArchived = (archived: boolean) =>
    setArchived.mutate(
      { id: data.id, archived },
      {
        onSuccess: (saved) =>
          toast({
            message: archived ? `${saved.name} is archived.` : `${saved.name} is restored.`,
            color: archived ? "gray" : "green",
          }),
        onError: (error) => toast({ message: error.message, title: "Not saved", color: "red" }),
      },
    );
  const about = [data.industry, data.location].filter(Boolean).join(" · ");

  return (
    <Page size="lg">
      <Breadcrumbs mb="md" fz="sm">
        <Anchor component={Link} to="/organizations">
          Organisations
        </Anchor>
        <span>{data.name}</span>
      </Breadcrumbs>
      {data.archived && (
        <ArchivedBanner
          what="organisation"
          archivedAt={data.archivedAt}
          onRestore={() => toggleArchived(false)}
          restoring={setArchived.isPending}
        />
      )}
      <Group justify="space-between" align="flex-start" mb="xl" gap="lg">
        <Group gap="lg" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
          <ThemeIcon size={64} radius="lg" variant="light" color="gray" aria-hidden>
            <IconBuilding size={32} stroke={1.5} />
          </ThemeIcon>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={1} fz={28} style={{ letterSpacing: "-0.02em", overflowWrap: "anywhere" }}>
              {data.name}
            </Title>
            {about && <Text c="var(--cc-color-text-soft)">{about}</Text>}
            {data.website && (
              <Anchor href={websiteHref(data.website)} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={4} component="span" display="inline-flex" wrap="nowrap">
                  {data.website.replace(/^https?:\/\/(www\.)?/, "")}
                  <IconExternalLink size={14} aria-label="(opens in a new tab)" />
                </Group>
              </Anchor>
            )}
          </Stack>
        </Group>
        {!editing && (
          <Group gap="sm">
            {!data.archived && (
              <Button
                variant="default"
                leftSection={<IconArchive size={16} />}
                onClick={() => toggleArchived(true)}
                loading={setArchived.isPending}
              >
                Archive
              </Button>
            )}
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
          </Group>
        )}
      </Group>
      {editing && (
        <OrganizationForm
          organization={data}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await update.mutateAsync(input);
            setEditing(false);
            toast({ message: "Changes saved." });
          }}
        />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OrganizationContacts organizationId={data.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <WaysInCard target={{ organizationId: data.id }} name={data.name} />
            <InfoCard title="Notes">
              {data.notes.trim() ? (
                <Text className="pre-wrap">{data.notes}</Text>
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  No notes yet. What do they do, how do they hire, what is their culture like?
                </Text>
              )}
            </InfoCard>
            <Text size="xs" c="dimmed" px="xs">
              Added {formatDateTime(data.createdAt)}
              <br />
              Last changed {formatDateTime(data.updatedAt)}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}

import { Anchor, Skeleton, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { ErrorState } from "../components/ErrorState.js";
import { Page, PageHeader } from "../components/Page.js";
import { AccountCard } from "../components/settings/AccountCard.js";
import { AppearanceCard } from "../components/settings/AppearanceCard.js";
import { MailSettingsCard } from "../components/settings/MailSettingsCard.js";
import { SettingsForm } from "../components/settings/SettingsForm.js";
import { useSettings, useUpdateSettings } from "../hooks/settings.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { settingsToForm, toSettingsInput } from "../lib/settings-form.js";
import { useToast } from "../lib/toast-context.js";

/** `/settings`: my zone and the rules of my practice. */
export function SettingsPage() {
  usePageTitle("Settings");
  const settings = useSettings();
  const update = useUpdateSettings();
  const toast = useToast();

  return (
    <Page size="lg">
      <PageHeader
        title="Settings"
        below={
          <Text c="dimmed">
            Downloads, backups and the calendar feed are under{" "}
            <Anchor component={Link} to="/import" inherit>
              Import &amp; export
            </Anchor>
            ; the texts you start messages from, in the{" "}
            <Anchor component={Link} to="/templates" inherit>
              template library
            </Anchor>
            ; the questions prep sheets propose, in the{" "}
            <Anchor component={Link} to="/questions" inherit>
              question bank
            </Anchor>
            .
          </Text>
        }
      />
      <Stack gap="lg">
        {settings.isError ? (
          <ErrorState
            error={settings.error}
            onRetry={() => void settings.refetch()}
            title="Could not load the settings"
          />
        ) : !settings.data ? (
          <Stack gap="lg" aria-busy="true" aria-label="Loading the settings">
            <Skeleton height={200} radius="lg" />
            <Skeleton height={120} radius="lg" />
            <Skeleton height={160} radius="lg" />
          </Stack>
        ) : (
          <SettingsForm
            key={settings.data.timeZone + JSON.stringify(settings.data)}
            initial={settingsToForm(settings.data)}
            onSubmit={async (values) => {
              await update.mutateAsync(toSettingsInput(values));
              toast({ message: "Settings saved. Today is planned with them from now on." });
            }}
          />
        )}
        <AppearanceCard />
        <MailSettingsCard />
        <AccountCard />
      </Stack>
    </Page>
  );
}

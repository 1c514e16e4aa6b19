import { Button, Paper, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { Sharing } from "../api/types.js";
import { HostedOnly } from "../components/centre/HostedOnly.js";
import { SharingChoice } from "../components/centre/SharingChoice.js";
import { SharingExplainer } from "../components/centre/SharingExplainer.js";
import { Page, PageHeader } from "../components/Page.js";
import { useJoinCohort } from "../hooks/centre.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { useToast } from "../lib/toast-context.js";

/** `/cohorts/join?token=…`: the invitation link a student opens; they choose what to share, then join. */
export function JoinCohortPage() {
  usePageTitle("Join a cohort");
  const [params] = useSearchParams();
  const [token, setToken] = useState(params.get("token") ?? "");
  const [sharing, setSharing] = useState<Sharing>("counts");
  const [error, setError] = useState<string | null>(null);
  const join = useJoinCohort();
  const navigate = useNavigate();
  const toast = useToast();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!token.trim()) return setError("Paste the invitation code from your advisor's link.");
    try {
      const cohort = await join.mutateAsync({ token: token.trim(), sharing });
      toast({ message: `You joined ${cohort.name}.`, color: "green" });
      navigate("/sharing");
    } catch (e) {
      setError(e instanceof Error ? e.message : "You did not join.");
    }
  }
  return (
    <Page size="sm">
      <PageHeader
        title="Join a cohort"
        below={
          <Text c="gray.7">Your advisor invited you. First choose what they may see of your progress.</Text>
        }
      />
      <HostedOnly what="Cohorts">
        <Stack gap="lg">
          <Paper withBorder radius="lg" p="lg">
            <SharingExplainer />
          </Paper>
          <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit}>
            <Stack gap="md">
              {!params.get("token") && (
                <TextInput
                  label="Invitation code"
                  description="The part after token= in your advisor's link"
                  value={token}
                  onChange={(e) => {
                    setToken(e.currentTarget.value);
                    setError(null);
                  }}
                  error={error}
                />
              )}
              <SharingChoice value={sharing} onChange={setSharing} label="What your advisor may see" />
              {params.get("token") && error && (
                <Text c="red.8" size="sm" role="alert">
                  {error}
                </Text>
              )}
              <Button type="submit" loading={join.isPending} style={{ alignSelf: "flex-start" }}>
                Join the cohort
              </Button>
            </Stack>
          </Paper>
        </Stack>
      </HostedOnly>
    </Page>
  );
}

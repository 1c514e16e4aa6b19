import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useAddReferral, useReferrals } from "../../hooks/follow-through.js";
import { type FormError, formError, splitName } from "../../lib/form-error.js";
import { ContactSelect } from "../contacts/ContactSelect.js";
import { AddedList } from "./AddedList.js";

const FIELDS = {
  firstName: "name",
  lastName: "name",
  organization: "organization",
  email: "email",
  contactId: "contactId",
};

/**
 * Someone they suggested I talk to: a new person or one I know, introduced by them; below, the
 * people added in this conversation so far, as the server keeps them (so also after a reload).
 */
export function ReferralForm({ conversationId, introducer }: { conversationId: string; introducer: string }) {
  const add = useAddReferral(conversationId);
  const referrals = useReferrals(conversationId);
  const added = referrals.data?.items ?? [];
  const [who, setWho] = useState<"new" | "known">("new");
  const [name, setName] = useState("");
  const [organization, setOrganization] = useState("");
  const [email, setEmail] = useState("");
  const [contactId, setContactId] = useState("");
  const [mayMention, setMayMention] = useState(false);
  const [error, setError] = useState<FormError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (who === "new" && !name.trim()) {
      setError({ field: "name", message: "Their name, at least a first name." });
      return;
    }
    if (who === "known" && !contactId) {
      setError({ field: "contactId", message: "Choose them in your contacts." });
      return;
    }
    setError(null);
    try {
      await add.mutateAsync(
        who === "new"
          ? {
              ...splitName(name),
              organization: organization.trim() || undefined,
              email: email.trim() || undefined,
              mayMentionIntroducer: mayMention,
            }
          : { contactId, mayMentionIntroducer: mayMention },
      );
      setName("");
      setOrganization("");
      setEmail("");
      setContactId("");
      setMayMention(false);
      document.getElementById("referral-name")?.focus();
    } catch (failure) {
      setError(formError(failure, FIELDS));
    }
  }

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <>
      <form onSubmit={(event) => void submit(event)} aria-label="Add a referral" noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Who"
            size="xs"
            value={who}
            onChange={(value) => {
              setWho(value as "new" | "known");
              setError(null);
            }}
            data={[
              { value: "new", label: "Someone new" },
              { value: "known", label: "In my contacts" },
            ]}
          />
          {who === "new" ? (
            <>
              <TextInput
                id="referral-name"
                label="Name"
                placeholder="e.g. Katherine Johnson"
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={fieldError("name")}
                required
                maxLength={200}
              />
              <TextInput
                id="referral-organization"
                label="Organisation"
                value={organization}
                onChange={(event) => setOrganization(event.currentTarget.value)}
                error={fieldError("organization")}
                maxLength={200}
              />
              <TextInput
                id="referral-email"
                label="E-mail"
                type="email"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldError("email")}
                maxLength={254}
              />
            </>
          ) : (
            <ContactSelect
              id="referral-name"
              label="Who"
              placeholder="Search your contacts"
              value={contactId}
              onChange={setContactId}
              error={fieldError("contactId")}
            />
          )}
          <Switch
            label={`I may mention ${introducer}'s name`}
            description="They said yes to “May I mention your name?”"
            checked={mayMention}
            onChange={(event) => setMayMention(event.currentTarget.checked)}
          />
          {error && error.field === null && (
            <Alert color="red" variant="light" p="xs" role="alert">
              <Text size="sm">{error.message}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconUserPlus size={16} />} loading={add.isPending}>
              Add referral
            </Button>
          </Group>
        </Stack>
      </form>
      <AddedList
        label="Referrals added"
        empty={
          referrals.isPending
            ? "Loading the people added here…"
            : referrals.isError
              ? `Could not load the people added here: ${referrals.error.message}`
              : "Nobody yet. Close with “Who else should I talk to?”"
        }
      >
        {added.map(({ contact }) => (
          <Group key={contact.id} component="li" gap={6} wrap="nowrap" justify="space-between">
            <Text size="sm" style={{ minWidth: 0 }} truncate="end">
              <Anchor component={Link} to={`/contacts/${contact.id}`} inherit>
                {contact.fullName}
              </Anchor>
              {contact.organization && (
                <Text span c="dimmed" inherit>
                  {" "}
                  · {contact.organization}
                </Text>
              )}
            </Text>
            {contact.mayMentionIntroducer && (
              <Badge size="xs" variant="light" color="teal" tt="none" style={{ flexShrink: 0 }}>
                may mention {introducer}
              </Badge>
            )}
          </Group>
        ))}
      </AddedList>
    </>
  );
}

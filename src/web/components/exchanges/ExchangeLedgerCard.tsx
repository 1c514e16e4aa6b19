import {
  ActionIcon,
  Anchor,
  Box,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import type { Introduced } from "../../../core/exchange.schema.js";
import type { ExchangeDirection } from "../../../core/give-back.js";
import type { Contact, Exchange } from "../../api/types.js";
import { updateContact } from "../../hooks/contacts.js";
import { useAddExchange, useDeleteExchange, useLedger } from "../../hooks/exchanges.js";
import { prepKeys } from "../../hooks/preparation-keys.js";
import { queryKeys } from "../../hooks/query-keys.js";
import { type FormError, formError } from "../../lib/form-error.js";
import { formatDate } from "../../lib/format.js";
import { AutosaveTextarea } from "../conversations/AutosaveTextarea.js";
import { DeleteIconButton } from "../DeleteIconButton.js";
import { ErrorState } from "../ErrorState.js";

const COLUMNS: Record<
  ExchangeDirection,
  { title: string; label: string; placeholder: string; empty: string }
> = {
  received: {
    title: "What I learned and received",
    label: "Add something received",
    placeholder: "e.g. Advice on my CV",
    empty: "Nothing noted yet: advice, an introduction, a lead.",
  },
  given: {
    title: "What I gave or offered",
    label: "Add something given",
    placeholder: "e.g. Sent an article",
    empty: "Nothing yet. An article, an introduction, a word of thanks in public.",
  },
};

/** Someone they introduced me to: a referral they gave, listed with what I received. */
function IntroducedEntry({ person }: { person: Introduced }) {
  return (
    <Box component="li">
      <Text size="sm">
        Introduced me to{" "}
        <Anchor component={Link} to={`/contacts/${person.contactId}`} inherit underline="always">
          {person.fullName}
        </Anchor>
        {person.title && <>, {person.title}</>}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDate(person.introducedAt)}
      </Text>
    </Box>
  );
}

function LedgerColumn({
  contactId,
  direction,
  entries,
  introduced = [],
}: {
  contactId: string;
  direction: ExchangeDirection;
  entries: Exchange[];
  /** People they introduced me to (received only). */
  introduced?: Introduced[];
}) {
  const add = useAddExchange(contactId);
  const remove = useDeleteExchange(contactId);
  const [text, setText] = useState("");
  const [error, setError] = useState<FormError | null>(null);
  const column = COLUMNS[direction];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError({ field: "description", message: "What was it?" });
      return;
    }
    setError(null);
    try {
      await add.mutateAsync({ direction, description: text.trim() });
      setText("");
    } catch (failure) {
      setError(formError(failure, { description: "description" }));
    }
  }

  return (
    <Stack gap="sm" component="section" aria-label={column.title}>
      <Title order={3} fz="sm" fw={650}>
        {column.title}
      </Title>
      {entries.length === 0 && introduced.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {column.empty}
        </Text>
      ) : (
        <Stack component="ul" gap={8} style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {introduced.map((person) => (
            <IntroducedEntry key={person.contactId} person={person} />
          ))}
          {entries.map((entry) => (
            <Group component="li" key={entry.id} gap={6} wrap="nowrap" align="flex-start">
              <Box style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" className="pre-wrap">
                  {entry.description}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDate(entry.occurredAt)}
                </Text>
              </Box>
              <DeleteIconButton
                label={`Delete: ${entry.description}`}
                onDelete={() => remove.mutateAsync(entry.id)}
              />
            </Group>
          ))}
        </Stack>
      )}
      <form onSubmit={(event) => void submit(event)} aria-label={column.label} noValidate>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={column.label}
            placeholder={column.placeholder}
            value={text}
            maxLength={2000}
            error={error?.message}
            onChange={(event) => {
              setText(event.currentTarget.value);
              if (error) setError(null);
            }}
            style={{ flex: 1 }}
            size="sm"
          />
          <ActionIcon type="submit" size={30} aria-label={column.label} loading={add.isPending}>
            <IconPlus size={16} />
          </ActionIcon>
        </Group>
      </form>
    </Stack>
  );
}

/** The two-way street with a person: what I received, what I gave, what they need. */
export function ExchangeLedgerCard({ contact }: { contact: Contact }) {
  const ledger = useLedger(contact.id);
  const client = useQueryClient();
  const { hash } = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  const ready = Boolean(ledger.data);
  useEffect(() => {
    if (ready && hash === "#exchanges") ref.current?.scrollIntoView({ block: "start" });
  }, [ready, hash]);

  const saveNeeds = async (needs: string) => {
    const saved = await updateContact(contact.id, { needs });
    client.setQueryData(queryKeys.contact(saved.id), saved);
    void client.invalidateQueries({ queryKey: prepKeys.ledger(saved.id) });
  };

  const data = ledger.data;
  const onlyTaken = data !== undefined && data.receivedCount > 0 && data.given.length === 0;
  return (
    <Paper
      withBorder
      radius="lg"
      p="lg"
      component="section"
      aria-labelledby="exchanges-title"
      id="exchanges"
      ref={ref}
    >
      <Group justify="space-between" mb="md" gap="xs">
        <Title
          id="exchanges-title"
          order={2}
          fz="sm"
          c="dimmed"
          tt="uppercase"
          style={{ letterSpacing: "0.06em" }}
        >
          Give and take
        </Title>
        {onlyTaken && (
          <Text size="sm" c="var(--cc-text-accent)">
            So far you have only received from {contact.firstName}. What could you offer?
          </Text>
        )}
      </Group>
      {ledger.isError && !data ? (
        <ErrorState
          error={ledger.error}
          onRetry={() => void ledger.refetch()}
          title="Could not load the ledger"
        />
      ) : !data ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} aria-busy="true">
          <Skeleton height={120} />
          <Skeleton height={120} />
        </SimpleGrid>
      ) : (
        <Stack gap="xl">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
            <LedgerColumn
              contactId={contact.id}
              direction="received"
              entries={data.received}
              introduced={data.introduced}
            />
            <LedgerColumn contactId={contact.id} direction="given" entries={data.given} />
          </SimpleGrid>
          <Stack gap="sm" component="section" aria-label="Their needs">
            <AutosaveTextarea
              id="contact-needs"
              label="Their needs"
              description="What they are looking for, so you can help when a chance comes."
              placeholder="e.g. Looking for a data engineer; wants to speak at a meetup"
              serverValue={data.needs}
              onSave={saveNeeds}
              minRows={2}
            />
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}

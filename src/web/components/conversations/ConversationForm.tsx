import { Button, Group, MultiSelect, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { CONVERSATION_KINDS, type ConversationKind, KIND_LABELS } from "../../../core/conversation.js";
import { STAGE_LABELS } from "../../../core/stages.js";
import { useGoals } from "../../hooks/goals.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import {
  type ConversationFormValues,
  START_STAGES,
  type StartStage,
  validateConversationForm,
} from "../../lib/conversation-form.js";
import { fieldId, focusField } from "../../lib/field-id.js";
import { ContactSelect } from "../contacts/ContactSelect.js";
import { FormErrorAlert } from "../form/FormErrorAlert.js";
import { FormSection } from "../form/FormSection.js";
import { ScheduleFields } from "./ScheduleFields.js";

const FORM = "conversation";
const FIELD_ORDER = [
  "contactId",
  "kind",
  "goalIds",
  "stage",
  "date",
  "time",
  "format",
  "durationMinutes",
  "place",
];
const KIND_OPTIONS = CONVERSATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

const STAGE_HINTS: Record<StartStage, string> = {
  idea: "Someone you might ask, one day.",
  "to-ask": "You mean to write to them soon, or now: create it and write the request in one step.",
  asked: "The request is sent; coffeechat will remind you to follow up if no answer comes.",
  scheduled: "A day and time are agreed.",
};

/** What follows the conversation's creation: its page, or (for one to ask) the request's draft. */
export type AfterCreate = "open" | "write";

/**
 * Plans a conversation: with whom, about what, where it stands, and (once agreed) when and how. One
 * to ask can be created and its request written in one step.
 */
export function ConversationForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: ConversationFormValues;
  onSubmit: (values: ConversationFormValues, then: AfterCreate) => Promise<unknown>;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  // Set only while "Create and write the request" submits the form (submitting runs synchronously).
  const writeNext = useRef(false);
  const [submitted, setSubmitted] = useState<AfterCreate>("open");
  const conversation = useCheckedForm<ConversationFormValues>({
    name: FORM,
    initialValues: initial,
    validate: validateConversationForm,
    fieldOrder: FIELD_ORDER,
    onSubmit: (values) => {
      const then: AfterCreate = writeNext.current && values.stage === "to-ask" ? "write" : "open";
      setSubmitted(then);
      return onSubmit(values, then);
    },
    onCancel,
    confirmDiscard: "Discard this conversation?",
    guardLeaving: true,
    fieldOf: (field) => (field === "scheduledAt" ? "date" : field),
  });
  const { values, errorOf, form } = conversation;
  const goals = useGoals("false");
  const goalOptions = useMemo(
    () => (goals.data?.items ?? []).map((goal) => ({ value: goal.id, label: goal.title })),
    [goals.data],
  );

  useEffect(() => {
    focusField(FORM, initial.contactId ? "kind" : "contactId");
  }, [initial.contactId]);

  const scheduled = values.stage === "scheduled";
  return (
    <form aria-label="Plan a conversation" ref={formRef} {...conversation.formProps}>
      <Stack gap="lg">
        <FormErrorAlert>{conversation.formError}</FormErrorAlert>
        <FormSection title="With whom, about what" description="Whose experience do you want to learn from?">
          <ContactSelect
            id={fieldId(FORM, "contactId")}
            label="Contact"
            placeholder="Search your contacts"
            required
            value={values.contactId}
            onChange={(id) => form.setFieldValue("contactId", id)}
            onBlur={() => conversation.check("contactId")}
            error={errorOf("contactId")}
          />
          <Select
            id={fieldId(FORM, "kind")}
            label="What it is about"
            data={KIND_OPTIONS}
            value={values.kind}
            onChange={(kind) => form.setFieldValue("kind", (kind ?? "person") as ConversationKind)}
            allowDeselect={false}
            error={errorOf("kind")}
          />
          <MultiSelect
            id={fieldId(FORM, "goalIds")}
            label="Goals it serves"
            description="What should this conversation help you decide?"
            placeholder={
              goals.isPending ? "Loading your goals…" : values.goalIds.length ? undefined : "Choose goals"
            }
            data={goalOptions}
            value={values.goalIds}
            onChange={(goalIds) => form.setFieldValue("goalIds", goalIds)}
            searchable
            clearable
            nothingFoundMessage={
              goalOptions.length === 0 ? "No goals yet: add them on the Goals page" : "No goal by that name"
            }
            error={goals.isError ? `Could not load your goals: ${goals.error.message}` : errorOf("goalIds")}
          />
        </FormSection>
        <FormSection
          title="Where it stands"
          description="Plan it now and ask later, or log one already agreed."
        >
          <div>
            <Text size="sm" fw={500} mb={4} id="conversation-stage-label">
              Stage
            </Text>
            <SegmentedControl
              id={fieldId(FORM, "stage")}
              aria-labelledby="conversation-stage-label"
              fullWidth
              value={values.stage}
              onChange={(stage) => form.setFieldValue("stage", stage as StartStage)}
              data={START_STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
            />
            <Text size="xs" c="dimmed" mt={6} aria-live="polite">
              {STAGE_HINTS[values.stage]}
            </Text>
          </div>
        </FormSection>
        <FormSection
          title={scheduled ? "When and how" : "How"}
          description={
            scheduled
              ? "The time is yours; the conversation page shows theirs too."
              : "What you will propose. Offer a choice: a call, a video call, a coffee."
          }
        >
          <ScheduleFields
            form={FORM}
            values={values}
            errors={{
              date: errorOf("date"),
              time: errorOf("time"),
              durationMinutes: errorOf("durationMinutes"),
              place: errorOf("place"),
              format: errorOf("format"),
            }}
            showTime={scheduled}
            timeRequired={scheduled}
            onChange={(field, value) => {
              form.setValues((current) => ({ ...current, [field]: value }));
              form.clearFieldError(field);
            }}
            onBlur={conversation.check}
          />
        </FormSection>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={conversation.cancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant={values.stage === "to-ask" ? "default" : "filled"}
            loading={conversation.saving && submitted === "open"}
          >
            Create conversation
          </Button>
          {values.stage === "to-ask" && (
            <Button
              leftSection={<IconPencil size={16} />}
              loading={conversation.saving && submitted === "write"}
              onClick={() => {
                writeNext.current = true;
                formRef.current?.requestSubmit();
                writeNext.current = false;
              }}
            >
              Create and write the request
            </Button>
          )}
        </Group>
      </Stack>
      {conversation.leaveDialog}
    </form>
  );
}

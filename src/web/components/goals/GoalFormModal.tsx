import { Paper, Select, Text, Textarea, TextInput } from "@mantine/core";
import {
  GOAL_KIND_LABELS,
  GOAL_KINDS,
  type GoalKind,
  LEARN_SENTENCE,
  learnPhraseProblem,
} from "../../../core/goal.js";
import { FormModal, useModalForm } from "../FormModal.js";

const KIND_OPTIONS = GOAL_KINDS.map((kind) => ({ value: kind, label: GOAL_KIND_LABELS[kind] }));

export interface GoalFormValues {
  title: string;
  kind: GoalKind;
  description: string;
  /** What I want to learn as it finishes "I am exploring …" in my messages. */
  learnPhrase: string;
}

/**
 * Adds or edits a goal: what I want to explore, its kind, in a few words why, and the phrase my
 * messages use for it, shown in the sentence it lands in as it is typed.
 */
export function GoalFormModal({
  opened,
  title,
  submitLabel,
  initial,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  title: string;
  submitLabel: string;
  initial: GoalFormValues;
  onClose: () => void;
  onSubmit: (values: GoalFormValues) => Promise<void>;
}) {
  const form = useModalForm(opened, initial, {
    check: (v) => {
      if (!v.title.trim()) return { field: "title", message: "Say what you want to explore." };
      const problem = learnPhraseProblem(v.learnPhrase);
      return problem ? { field: "learnPhrase", message: problem } : null;
    },
    fields: { title: "title", kind: "kind", description: "description", learnPhrase: "learnPhrase" },
    save: (v) =>
      onSubmit({
        ...v,
        title: v.title.trim(),
        description: v.description.trim(),
        learnPhrase: v.learnPhrase.trim(),
      }),
  });
  const { values, setValues, fieldError } = form;
  const phrase = values.learnPhrase.trim();
  // Checked as it is typed, by the same rule the server applies on saving.
  const phraseProblem = learnPhraseProblem(values.learnPhrase) ?? fieldError("learnPhrase");
  return (
    <FormModal opened={opened} title={title} submitLabel={submitLabel} onClose={onClose} form={form}>
      <TextInput
        id="goal-title"
        label="What do you want to explore?"
        placeholder="e.g. Data science in biotech"
        data-autofocus
        required
        maxLength={200}
        value={values.title}
        error={fieldError("title")}
        onChange={(event) => setValues({ ...values, title: event.currentTarget.value })}
      />
      <Select
        id="goal-kind"
        label="Kind"
        description="Goals of the same kind can be compared side by side."
        data={KIND_OPTIONS}
        value={values.kind}
        allowDeselect={false}
        error={fieldError("kind")}
        onChange={(kind) => kind && setValues({ ...values, kind: kind as GoalKind })}
      />
      <Textarea
        id="goal-description"
        label="What you want to learn"
        description="The questions this goal should answer for you."
        autosize
        minRows={3}
        maxLength={5000}
        value={values.description}
        error={fieldError("description")}
        onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
      />
      <div>
        <TextInput
          id="goal-learn-phrase"
          label={`${LEARN_SENTENCE.before} …`}
          description="Finish the sentence as your requests will say it: one phrase, e.g. “how biotech teams hire data scientists”."
          placeholder="how biotech teams hire data scientists"
          maxLength={200}
          value={values.learnPhrase}
          error={phraseProblem}
          aria-describedby="goal-learn-phrase-preview"
          onChange={(event) => setValues({ ...values, learnPhrase: event.currentTarget.value })}
        />
        <Paper withBorder radius="md" p="sm" mt="xs" bg="var(--mantine-color-default-hover)">
          <Text
            size="sm"
            id="goal-learn-phrase-preview"
            aria-live="polite"
            data-testid="learn-phrase-preview"
          >
            {phrase ? (
              <>
                In a request: “{LEARN_SENTENCE.before} <strong>{phrase}</strong>
                {LEARN_SENTENCE.after}”
              </>
            ) : (
              "Left empty, requests use this goal’s description when it reads as a phrase, else its title."
            )}
          </Text>
        </Paper>
      </div>
    </FormModal>
  );
}

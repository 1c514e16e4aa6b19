import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { type FormEvent, useRef, useState } from "react";
import {
  TEMPLATE_KINDS,
  TEMPLATE_VARIABLES,
  type TemplateChannel,
  type TemplateKind,
  templateVariables,
  VARIABLE_NAMES,
} from "../../../core/template.js";
import { ApiError } from "../../api/http.js";
import type { Template, TemplateCreateInput } from "../../api/types.js";
import { fieldId, focusField } from "../../lib/field-id.js";
import { KIND_LABELS, LINKEDIN_NOTE_LIMIT, noteLength, VARIABLE_LABELS } from "../../lib/outreach.js";

const FORM = "template";

export interface TemplateValues {
  name: string;
  kind: TemplateKind;
  channel: TemplateChannel;
  subject: string;
  body: string;
}

type Errors = Partial<Record<keyof TemplateValues, string>>;

/** Adding a template of my own, or editing one: name, kind, subject and text, with the variables to hand. */
export function TemplateEditor({
  template,
  creating,
  onClose,
  onSave,
}: {
  /** The template to edit; null with `creating` adds one. */
  template: Template | null;
  creating: boolean;
  onClose: () => void;
  onSave: (values: TemplateCreateInput) => Promise<void>;
}) {
  const opened = creating || template !== null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={template ? `Edit “${template.name}”` : "Add a template"}
      size="xl"
      radius="lg"
      styles={{ title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } }}
    >
      {opened && (
        <EditorForm key={template?.id ?? "new"} template={template} onClose={onClose} onSave={onSave} />
      )}
    </Modal>
  );
}

function EditorForm({
  template,
  onClose,
  onSave,
}: {
  template: Template | null;
  onClose: () => void;
  onSave: (values: TemplateCreateInput) => Promise<void>;
}) {
  const [values, setValues] = useState<TemplateValues>(() =>
    template
      ? {
          name: template.name,
          kind: template.kind,
          channel: template.channel,
          subject: template.subject,
          body: template.body,
        }
      : { name: "", kind: "request", channel: "email", subject: "", body: "" },
  );
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const body = useRef<HTMLTextAreaElement>(null);
  const email = values.channel === "email";
  const used = templateVariables(`${values.subject}\n${values.body}`);
  const unknown = used.filter((name) => !(VARIABLE_NAMES as readonly string[]).includes(name));
  const set = <K extends keyof TemplateValues>(field: K, value: TemplateValues[K]) =>
    setValues((now) => ({ ...now, [field]: value }));

  /** Puts `{{name}}` where the cursor is in the text (or at its end). */
  function insert(name: string) {
    const area = body.current;
    const token = `{{${name}}}`;
    const start = area?.selectionStart ?? values.body.length;
    const end = area?.selectionEnd ?? start;
    set("body", values.body.slice(0, start) + token + values.body.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function submit() {
    if (saving) return;
    const found: Errors = {};
    if (!values.name.trim()) found.name = "Give the template a name.";
    if (!values.body.trim()) found.body = "Write the text of the template.";
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      focusField(FORM, first);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await onSave({
        name: values.name.trim(),
        kind: values.kind,
        channel: values.channel,
        subject: email ? values.subject : "",
        body: values.body,
      });
    } catch (error) {
      if (error instanceof ApiError && error.field && error.field in values) {
        setErrors({ [error.field]: error.fieldMessage });
        focusField(FORM, error.field);
      } else setFailure(error instanceof Error ? error.message : "Not saved.");
    } finally {
      setSaving(false);
    }
  }

  const length = noteLength(values.body);
  return (
    <form
      noValidate
      aria-label={template ? "Edit the template" : "Add a template"}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit()]])}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <Stack gap="md">
            {failure && (
              <Alert color="red" variant="light" title="Not saved" role="alert">
                {failure}
              </Alert>
            )}
            <TextInput
              id={fieldId(FORM, "name")}
              label="Name"
              data-autofocus
              value={values.name}
              error={errors.name}
              onChange={(event) => set("name", event.currentTarget.value)}
            />
            <Group gap="md" align="flex-end" grow>
              <Select
                id={fieldId(FORM, "kind")}
                label="Kind"
                data={TEMPLATE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
                value={values.kind}
                allowDeselect={false}
                onChange={(kind) => {
                  if (!kind) return;
                  set("kind", kind as TemplateKind);
                  if (kind === "linkedin-note") set("channel", "linkedin");
                }}
              />
              <div>
                <Text size="sm" fw={500} mb={4} id="template-channel-label">
                  Sent by
                </Text>
                <SegmentedControl
                  aria-labelledby="template-channel-label"
                  fullWidth
                  value={values.channel}
                  onChange={(channel) => set("channel", channel as TemplateChannel)}
                  data={[
                    { value: "email", label: "E-mail" },
                    { value: "linkedin", label: "LinkedIn" },
                  ]}
                />
              </div>
            </Group>
            {email && (
              <TextInput
                id={fieldId(FORM, "subject")}
                label="Subject"
                value={values.subject}
                error={errors.subject}
                onChange={(event) => set("subject", event.currentTarget.value)}
              />
            )}
            <div>
              <Textarea
                id={fieldId(FORM, "body")}
                ref={body}
                label="Text"
                autosize
                minRows={8}
                maxRows={20}
                value={values.body}
                error={errors.body}
                onChange={(event) => set("body", event.currentTarget.value)}
                styles={{ input: { lineHeight: 1.6 } }}
              />
              {!email && (
                <Text size="xs" mt={4} ta="right" c={length > LINKEDIN_NOTE_LIMIT ? "red.7" : "dimmed"}>
                  {length} / {LINKEDIN_NOTE_LIMIT} characters, before the variables are filled in
                </Text>
              )}
              {unknown.length > 0 && (
                <Text size="xs" c="orange.8" mt={4}>
                  coffeechat does not know {unknown.map((name) => `{{${name}}}`).join(", ")}: it stays for you
                  to fill in each time.
                </Text>
              )}
            </div>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Text size="sm" fw={600} id="variables-heading">
            Variables
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            Click one to put it in the text where the cursor is. coffeechat fills in what it knows and asks
            for the rest.
          </Text>
          <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
            <Stack
              gap={4}
              component="ul"
              aria-labelledby="variables-heading"
              style={{ listStyle: "none", padding: 0, margin: 0 }}
            >
              {VARIABLE_NAMES.map((name) => (
                <li key={name}>
                  <UnstyledButton
                    onClick={() => insert(name)}
                    p={6}
                    w="100%"
                    style={{ borderRadius: "var(--mantine-radius-sm)" }}
                    className="variable-button"
                    aria-label={`Insert {{${name}}}: ${VARIABLE_LABELS[name]}`}
                  >
                    <Text size="xs" ff="monospace" fw={used.includes(name) ? 700 : 500} c="coffee.8">
                      {`{{${name}}}`}
                    </Text>
                    <Text size="xs" c="dimmed" lh={1.4}>
                      {TEMPLATE_VARIABLES[name]}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={saving}>
          {template ? "Save template" : "Add template"}
        </Button>
      </Group>
    </form>
  );
}

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
import { useRef } from "react";
import {
  TEMPLATE_KINDS,
  TEMPLATE_VARIABLES,
  type TemplateChannel,
  type TemplateKind,
  templateVariables,
  VARIABLE_NAMES,
} from "../../../core/template.js";
import type { Template, TemplateCreateInput } from "../../api/types.js";
import { useCheckedForm } from "../../hooks/use-checked-form.js";
import { KIND_LABELS, LINKEDIN_NOTE_LIMIT, noteLength, VARIABLE_LABELS } from "../../lib/outreach.js";

const FORM = "template";

export interface TemplateValues {
  name: string;
  kind: TemplateKind;
  channel: TemplateChannel;
  subject: string;
  body: string;
}

const FIELDS = ["name", "kind", "channel", "subject", "body"];

/** What a template needs before it is saved. */
function validateTemplate(values: TemplateValues): Partial<Record<keyof TemplateValues, string>> {
  return {
    name: values.name.trim() ? undefined : "Give the template a name.",
    body: values.body.trim() ? undefined : "Write the text of the template.",
  };
}

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
  const editor = useCheckedForm<TemplateValues>({
    name: FORM,
    initialValues: template
      ? {
          name: template.name,
          kind: template.kind,
          channel: template.channel,
          subject: template.subject,
          body: template.body,
        }
      : { name: "", kind: "request", channel: "email", subject: "", body: "" },
    validate: validateTemplate,
    fieldOrder: FIELDS,
    onSubmit: (values) =>
      onSave({
        name: values.name.trim(),
        kind: values.kind,
        channel: values.channel,
        subject: values.channel === "email" ? values.subject : "",
        body: values.body,
      }),
    fieldOf: (field) => (FIELDS.includes(field) ? field : null),
    failureMessage: "Not saved.",
  });
  const { values, form, field } = editor;
  const set = <K extends keyof TemplateValues & string>(name: K, value: TemplateValues[K]) =>
    form.setValues({ [name]: value });
  const body = useRef<HTMLTextAreaElement>(null);
  const email = values.channel === "email";
  const used = templateVariables(`${values.subject}\n${values.body}`);
  const unknown = used.filter((name) => !(VARIABLE_NAMES as readonly string[]).includes(name));

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

  const length = noteLength(values.body);
  return (
    <form aria-label={template ? "Edit the template" : "Add a template"} {...editor.formProps}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <Stack gap="md">
            {editor.formError && (
              <Alert color="red" variant="light" title="Not saved" role="alert">
                {editor.formError}
              </Alert>
            )}
            <TextInput label="Name" data-autofocus {...field("name")} />
            <Group gap="md" align="flex-end" grow>
              <Select
                {...field("kind")}
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
            {email && <TextInput label="Subject" {...field("subject")} />}
            <div>
              <Textarea
                {...field("body")}
                ref={body}
                label="Text"
                autosize
                minRows={8}
                maxRows={20}
                styles={{ input: { lineHeight: 1.6 } }}
              />
              {!email && (
                <Text
                  size="xs"
                  mt={4}
                  ta="right"
                  c={length > LINKEDIN_NOTE_LIMIT ? "var(--cc-text-danger)" : "dimmed"}
                >
                  {length} / {LINKEDIN_NOTE_LIMIT} characters, before the variables are filled in
                </Text>
              )}
              {unknown.length > 0 && (
                <Text size="xs" c="var(--cc-text-warning)" mt={4}>
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
                    <Text
                      size="xs"
                      ff="monospace"
                      fw={used.includes(name) ? 700 : 500}
                      c="var(--cc-text-accent)"
                    >
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
        <Button type="submit" loading={editor.saving}>
          {template ? "Save template" : "Add template"}
        </Button>
      </Group>
    </form>
  );
}

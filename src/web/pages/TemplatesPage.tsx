import { Badge, Button, Group, Paper, Skeleton, Stack, Switch, Text, Title } from "@mantine/core";
import { IconEye, IconEyeOff, IconPencil, IconPlus, IconRestore, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { TEMPLATE_KINDS } from "../../core/template.js";
import type { Template } from "../api/types.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { ErrorState } from "../components/ErrorState.js";
import { TemplateEditor } from "../components/outreach/TemplateEditor.js";
import { Page, PageHeader } from "../components/Page.js";
import { useCreateTemplate, useDeleteTemplate, useTemplates, useUpdateTemplate } from "../hooks/templates.js";
import { usePageTitle } from "../hooks/use-page-title.js";
import { KIND_HINTS, KIND_LABELS } from "../lib/outreach.js";
import { useToast } from "../lib/toast-context.js";

type Asking = { template: Template; what: "reset" | "delete" } | null;

/** `/templates`: the texts messages start from: ours to adapt, and my own. */
export function TemplatesPage() {
  usePageTitle("Template library");
  const templates = useTemplates();
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const remove = useDeleteTemplate();
  const toast = useToast();
  const [showHidden, setShowHidden] = useState(false);
  const [editing, setEditing] = useState<Template | null>(null);
  const [creating, setCreating] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const items = templates.data?.items ?? [];
  const hiddenCount = items.filter((template) => template.hidden).length;

  async function setHidden(template: Template, hidden: boolean) {
    try {
      await update.mutateAsync({ id: template.id, changes: { hidden } });
      toast({
        message: hidden
          ? `“${template.name}” is hidden from the composer.`
          : `“${template.name}” is back in the composer.`,
        color: hidden ? "gray" : "green",
        action: hidden
          ? {
              label: "Undo",
              onClick: () => void update.mutateAsync({ id: template.id, changes: { hidden: false } }),
            }
          : undefined,
      });
    } catch (error) {
      toast({ title: "Not changed", message: (error as Error).message, color: "red" });
    }
  }

  async function confirm() {
    if (!asking) return;
    const { template, what } = asking;
    try {
      if (what === "reset") {
        await update.mutateAsync({ id: template.id, changes: { reset: true } });
        toast({ message: `“${template.name}” is back to our text.` });
      } else {
        await remove.mutateAsync(template.id);
        toast({ message: `“${template.name}” is deleted.`, color: "gray" });
      }
    } catch (error) {
      toast({ title: "Not done", message: (error as Error).message, color: "red" });
    } finally {
      setAsking(null);
    }
  }

  return (
    <Page size="lg">
      <PageHeader
        title="Template library"
        below={
          <Text c="dimmed">
            The texts your messages start from. Ours are short, honest and never ask for a job; make them
            sound like you, hide the ones you never use, or add your own.
          </Text>
        }
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
            Add a template
          </Button>
        }
      />
      {templates.isError ? (
        <ErrorState
          error={templates.error}
          onRetry={() => void templates.refetch()}
          title="Could not load the templates"
        />
      ) : !templates.data ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading the templates">
          <Skeleton height={20} width={160} />
          <Skeleton height={72} radius="lg" />
          <Skeleton height={72} radius="lg" />
          <Skeleton height={72} radius="lg" />
        </Stack>
      ) : (
        <Stack gap="xl">
          {hiddenCount > 0 && (
            <Switch
              label={`Show hidden templates (${hiddenCount})`}
              checked={showHidden}
              onChange={(event) => setShowHidden(event.currentTarget.checked)}
            />
          )}
          {TEMPLATE_KINDS.map((kind) => {
            const ofKind = items.filter(
              (template) => template.kind === kind && (showHidden || !template.hidden),
            );
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <Title order={2} fz="lg" id={`kind-${kind}`}>
                  {KIND_LABELS[kind]}
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  {KIND_HINTS[kind]}
                </Text>
                {ofKind.length === 0 ? (
                  <Text size="sm" c="dimmed" fs="italic">
                    {items.some((template) => template.kind === kind)
                      ? "All hidden."
                      : "None yet. Add one of your own."}
                  </Text>
                ) : (
                  <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                    {ofKind.map((template) => (
                      <li key={template.id}>
                        <TemplateRow
                          template={template}
                          onEdit={() => setEditing(template)}
                          onHide={(hidden) => void setHidden(template, hidden)}
                          onReset={() => setAsking({ template, what: "reset" })}
                          onDelete={() => setAsking({ template, what: "delete" })}
                        />
                      </li>
                    ))}
                  </Stack>
                )}
              </section>
            );
          })}
        </Stack>
      )}
      <TemplateEditor
        template={editing}
        creating={creating}
        onClose={() => {
          setEditing(null);
          setCreating(false);
        }}
        onSave={async (values) => {
          if (editing) {
            await update.mutateAsync({ id: editing.id, changes: values });
            toast({ message: `“${values.name}” is saved.` });
          } else {
            await create.mutateAsync(values);
            toast({ message: `“${values.name}” is added to ${KIND_LABELS[values.kind].toLowerCase()}.` });
          }
          setEditing(null);
          setCreating(false);
        }}
      />
      <ConfirmDialog
        opened={asking !== null}
        title={asking?.what === "reset" ? "Go back to our text?" : "Delete this template?"}
        message={
          asking?.what === "reset"
            ? `“${asking.template.name}” gets our name, subject and text again; your changes to it are lost.`
            : `“${asking?.template.name ?? ""}” is deleted for good. Messages written from it are kept.`
        }
        confirmLabel={asking?.what === "reset" ? "Use our text" : "Delete"}
        loading={update.isPending || remove.isPending}
        onConfirm={() => void confirm()}
        onClose={() => setAsking(null)}
      />
    </Page>
  );
}

function TemplateRow({
  template,
  onEdit,
  onHide,
  onReset,
  onDelete,
}: {
  template: Template;
  onEdit: () => void;
  onHide: (hidden: boolean) => void;
  onReset: () => void;
  onDelete: () => void;
}) {
  const ours = template.builtinKey !== null;
  const preview =
    (template.channel === "email" ? template.subject : "") || template.body.split("\n")[0] || "";
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      component="article"
      aria-label={template.name}
      style={{ opacity: template.hidden ? 0.65 : 1 }}
    >
      <Group justify="space-between" gap="md" wrap="wrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0, flex: "1 1 320px" }}>
          <Group gap={6} wrap="wrap">
            <Text fw={600}>{template.name}</Text>
            <Badge variant="light" color={ours ? "coffee" : "blue"} radius="sm" tt="none" size="sm">
              {ours ? "Ours" : "Yours"}
            </Badge>
            {template.channel === "linkedin" && (
              <Badge variant="default" radius="sm" tt="none" size="sm">
                LinkedIn
              </Badge>
            )}
            {template.edited && (
              <Badge variant="light" color="grape" radius="sm" tt="none" size="sm">
                Edited
              </Badge>
            )}
            {template.hidden && (
              <Badge variant="light" color="gray" radius="sm" tt="none" size="sm">
                Hidden
              </Badge>
            )}
          </Group>
          <Text size="sm" c="var(--cc-color-text-soft)" truncate="end">
            {preview}
          </Text>
          {template.variables.length > 0 && (
            <Text size="xs" c="dimmed" truncate="end">
              Uses {template.variables.map((name) => `{{${name}}}`).join(" ")}
            </Text>
          )}
        </Stack>
        <Group gap="xs" role="group" aria-label={`Actions for ${template.name}`}>
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}>
            Edit
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={template.hidden ? <IconEye size={14} /> : <IconEyeOff size={14} />}
            onClick={() => onHide(!template.hidden)}
          >
            {template.hidden ? "Show" : "Hide"}
          </Button>
          {ours && template.edited && (
            <Button size="xs" variant="subtle" leftSection={<IconRestore size={14} />} onClick={onReset}>
              Our text
            </Button>
          )}
          {!ours && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={onDelete}
            >
              Delete
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

import { ActionIcon, Button, Chip, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { IconClock, IconPlus, IconTrash } from "@tabler/icons-react";
import { fieldId } from "../../lib/field-id.js";
import { type SettingsErrors, WEEKDAY_SHORT, type WindowValues } from "../../lib/settings-form.js";
import { TimeOfDayInput } from "../form/DayTimeInputs.js";

/** The windows of the week in which a request is best sent, in the reader's time. */
export function SendWindowsInput({
  form,
  windows,
  errors,
  onChange,
}: {
  form: string;
  windows: WindowValues[];
  errors: SettingsErrors;
  onChange: (windows: WindowValues[]) => void;
}) {
  const change = (index: number, patch: Partial<WindowValues>) =>
    onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  return (
    <Stack gap="sm">
      {windows.map((window, index) => (
        <Paper
          // biome-ignore lint/suspicious/noArrayIndexKey: windows have no identity but their place
          key={index}
          withBorder
          radius="md"
          p="sm"
          role="group"
          aria-label={`Sending window ${index + 1}`}
        >
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={4}>
              <Chip.Group
                multiple
                value={window.days.map(String)}
                onChange={(days) => change(index, { days: days.map(Number) })}
              >
                <Group gap={4} id={fieldId(form, `sendWindows.${index}.days`)}>
                  {WEEKDAY_SHORT.map((day, dayIndex) => (
                    <Chip key={day} value={String(dayIndex + 1)} size="xs" variant="outline">
                      {day}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              {errors[`sendWindows.${index}.days`] && (
                <Text size="xs" c="var(--cc-text-danger)">
                  {errors[`sendWindows.${index}.days`]}
                </Text>
              )}
            </Stack>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove sending window ${index + 1}`}
              onClick={() => onChange(windows.filter((_, i) => i !== index))}
              disabled={windows.length === 1}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <Group gap="sm" mt="sm" grow>
            <TimeOfDayInput
              id={fieldId(form, `sendWindows.${index}.from`)}
              label="From"
              size="xs"
              leftSection={<IconClock size={14} />}
              value={window.from}
              error={errors[`sendWindows.${index}.from`]}
              onChange={(value) => change(index, { from: value })}
            />
            <TimeOfDayInput
              id={fieldId(form, `sendWindows.${index}.to`)}
              label="To"
              size="xs"
              leftSection={<IconClock size={14} />}
              value={window.to}
              error={errors[`sendWindows.${index}.to`]}
              onChange={(value) => change(index, { to: value })}
            />
          </Group>
        </Paper>
      ))}
      {errors.sendWindows && (
        <Text size="xs" c="var(--cc-text-danger)">
          {errors.sendWindows}
        </Text>
      )}
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...windows, { days: [2, 3], from: "13:00", to: "15:00" }])}
        style={{ alignSelf: "flex-start" }}
        disabled={windows.length >= 14}
      >
        Add a window
      </Button>
    </Stack>
  );
}

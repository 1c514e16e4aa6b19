import { ActionIcon, Button, Input, Stack, TextInput, Tooltip } from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { fieldId } from "../../lib/field-id.js";

interface ListInputProps {
  form: string;
  name: "emails" | "phones";
  label: string;
  /** What one entry is called, e.g. "e-mail". */
  itemName: string;
  values: string[];
  type?: "email" | "tel";
  placeholder?: string;
  max?: number;
  errorOf: (field: string) => string | undefined;
  onChange: (index: number, value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onBlur: (field: string) => void;
  leftSection?: ReactNode;
}

/** Several values of one kind (e-mail addresses, phone numbers), one labelled input each. */
export function ListInput({
  form,
  name,
  label,
  itemName,
  values,
  type,
  placeholder,
  max = 20,
  errorOf,
  onChange,
  onAdd,
  onRemove,
  onBlur,
  leftSection,
}: ListInputProps) {
  const groupError = errorOf(name);
  return (
    <Input.Wrapper label={label} error={groupError} id={fieldId(form, name)}>
      <Stack gap={8} mt={4}>
        {values.map((value, index) => {
          const field = `${name}.${index}`;
          const itemLabel = values.length > 1 ? `${label} ${index + 1}` : label;
          return (
            <TextInput
              // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place; the index is their identity
              key={index}
              id={fieldId(form, field)}
              aria-label={itemLabel}
              type={type}
              inputMode={type === "tel" ? "tel" : undefined}
              autoComplete="off"
              placeholder={placeholder}
              value={value}
              error={errorOf(field)}
              leftSection={leftSection}
              onChange={(event) => onChange(index, event.currentTarget.value)}
              onBlur={() => onBlur(field)}
              rightSection={
                values.length > 1 || value !== "" ? (
                  <Tooltip label={`Remove this ${itemName}`} withArrow openDelay={300}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove ${itemLabel}`}
                      onClick={() => onRemove(index)}
                    >
                      <IconX size={16} />
                    </ActionIcon>
                  </Tooltip>
                ) : null
              }
            />
          );
        })}
        {values.length < max && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => {
              if (values.at(-1)?.trim() === "") {
                document.getElementById(fieldId(form, `${name}.${values.length - 1}`))?.focus();
              } else {
                onAdd();
                requestAnimationFrame(() =>
                  document.getElementById(fieldId(form, `${name}.${values.length}`))?.focus(),
                );
              }
            }}
            style={{ alignSelf: "flex-start" }}
          >
            Add another {itemName}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

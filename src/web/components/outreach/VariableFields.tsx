import { SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { isVariableName, TEMPLATE_VARIABLES } from "../../../core/template.js";
import { fieldId } from "../../lib/field-id.js";
import { variableLabel } from "../../lib/outreach.js";

/** Small inputs for what coffeechat could not fill in itself: how we are connected, what I want to learn… */
export function VariableFields({
  names,
  values,
  onChange,
  onCommit,
}: {
  names: readonly string[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
  /** When a field is left (or Enter is pressed in it). */
  onCommit: (name: string) => void;
}) {
  if (names.length === 0) return null;
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={600} p={0}>
        Fill in
      </Text>
      <Text size="xs" c="dimmed" mt={-4}>
        coffeechat filled in what it knows. The rest is up to you; until then it shows as {"{{name}}"}.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        {names.map((name) => (
          <TextInput
            key={name}
            id={fieldId("compose-var", name)}
            size="sm"
            label={variableLabel(name)}
            description={
              name === "myName" || name === "myFirstName"
                ? `${TEMPLATE_VARIABLES[name]} Set your name once in Settings, and it is filled in for you.`
                : isVariableName(name)
                  ? TEMPLATE_VARIABLES[name]
                  : `The {{${name}}} placeholder.`
            }
            inputWrapperOrder={["label", "input", "description"]}
            value={values[name] ?? ""}
            onChange={(event) => onChange(name, event.currentTarget.value)}
            onBlur={() => onCommit(name)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                onCommit(name);
              }
            }}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

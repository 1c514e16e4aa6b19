import { Button, Chip, Group } from "@mantine/core";
import { STAGE_LABELS, STAGES, type Stage } from "../../../core/stages.js";

/** Which stages the list shows; none chosen shows them all. */
export function StageFilter({
  value,
  onChange,
}: {
  value: readonly Stage[];
  onChange: (stages: Stage[]) => void;
}) {
  return (
    <Chip.Group multiple value={[...value]} onChange={(stages) => onChange(stages as Stage[])}>
      <Group gap={6} role="group" aria-label="Filter by stage">
        {STAGES.map((stage) => (
          <Chip key={stage} value={stage} size="xs" variant="outline">
            {STAGE_LABELS[stage]}
          </Chip>
        ))}
        {value.length > 0 && (
          <Button variant="subtle" color="gray" size="compact-xs" onClick={() => onChange([])}>
            Show all stages
          </Button>
        )}
      </Group>
    </Chip.Group>
  );
}

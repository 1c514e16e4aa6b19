import { Badge, Group, Tooltip } from "@mantine/core";

/** The first few tags as badges, and "+n" for the rest. */
export function TagBadges({ tags, max = 3 }: { tags: string[]; max?: number }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, max);
  const rest = tags.slice(max);
  return (
    <Group gap={6} wrap="nowrap">
      {shown.map((tag) => (
        <Badge key={tag} variant="light" color="gray" radius="sm" tt="none" fw={500} maw={140}>
          {tag}
        </Badge>
      ))}
      {rest.length > 0 && (
        <Tooltip label={rest.join(", ")} withArrow>
          <Badge
            variant="outline"
            color="gray"
            radius="sm"
            tt="none"
            fw={500}
            aria-label={`and ${rest.join(", ")}`}
          >
            +{rest.length}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

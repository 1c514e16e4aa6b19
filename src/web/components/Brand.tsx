import { Group, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import { IconCoffee } from "@tabler/icons-react";
import { Link } from "react-router";

/** The product name with its coffee cup; a link home. */
export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="coffeechat home">
      <Group gap={10} wrap="nowrap">
        <ThemeIcon size={34} radius="md" variant="light" aria-hidden>
          <IconCoffee size={22} stroke={1.8} />
        </ThemeIcon>
        <Text fw={700} fz={20} c="var(--cc-text-accent)" style={{ letterSpacing: "-0.02em" }}>
          coffeechat
        </Text>
      </Group>
    </UnstyledButton>
  );
}

import { Avatar, type MantineSize } from "@mantine/core";

const CALM_COLORS = ["coffee", "teal", "indigo", "grape", "cyan", "orange", "blue", "green"];

/** A person's initials in a soft colour that stays the same for the same name. */
export function ContactAvatar({ name, size = "md" }: { name: string; size?: MantineSize | number }) {
  return (
    <Avatar
      name={name}
      color="initials"
      allowedInitialsColors={CALM_COLORS}
      size={size}
      radius="xl"
      aria-hidden
    />
  );
}

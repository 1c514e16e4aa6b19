import { Avatar, type MantineSize } from "@mantine/core";
import type { Contact } from "../../api/types.js";
import { initials } from "../../lib/format.js";

const CALM_COLORS = ["coffee", "teal", "indigo", "grape", "cyan", "orange", "blue", "green"];

/** A person's initials in a soft colour that stays the same for the same name. */
export function ContactAvatar({
  contact,
  size = "md",
}: {
  contact: Pick<Contact, "firstName" | "lastName" | "fullName">;
  size?: MantineSize | number;
}) {
  return (
    <Avatar
      name={contact.fullName}
      color="initials"
      allowedInitialsColors={CALM_COLORS}
      size={size}
      radius="xl"
      aria-hidden
    >
      {initials(contact.firstName, contact.lastName)}
    </Avatar>
  );
}

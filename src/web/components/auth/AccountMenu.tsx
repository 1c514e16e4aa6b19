import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { signOut } from "../../api/auth.js";
import { useAccount, useService } from "../../hooks/account.js";
import { useToast } from "../../lib/toast-context.js";

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? "");
  return (letters[0] ?? "") + (letters.length > 1 ? (letters.at(-1) ?? "") : "");
}

/** Hosted mode: who is signed in, a way to their account settings, and signing out. */
export function AccountMenu() {
  const service = useService();
  const hosted = service.data?.mode === "hosted";
  const account = useAccount(hosted);
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  if (!hosted || !account.data) return null;
  const { name, email } = account.data;

  const leave = async () => {
    try {
      await signOut();
    } catch (error) {
      toast({ message: (error as Error).message, color: "red" });
      return;
    }
    navigate("/sign-in", { replace: true });
    client.clear();
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton>
          <Avatar color="coffee" radius="xl" size={34} aria-hidden>
            {initials(name) || <IconUserCircle size={20} />}
          </Avatar>
          <VisuallyHidden>Your account: {name}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {name}
          </Text>
          {email && (
            <Text size="xs" c="dimmed">
              {email}
            </Text>
          )}
        </Menu.Label>
        <Menu.Item component={Link} to="/settings#account" leftSection={<IconUserCircle size={16} />}>
          Account settings
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void leave()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

// The account menu itself, loaded when someone first reaches for its button (see AccountMenu).
import { Menu, Text } from "@mantine/core";
import { IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { Link, useNavigate } from "react-router";
import { signOut } from "../../api/auth.js";
import { useToast } from "../../lib/toast-context.js";

export function AccountMenuChoices({
  name,
  email,
  children,
}: {
  name: string;
  email: string | null | undefined;
  children: ReactElement;
}) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();

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
      <Menu.Target>{children}</Menu.Target>
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

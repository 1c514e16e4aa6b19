import { AppShell, Burger, Group, NavLink, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconBuilding,
  IconBulb,
  IconChartBar,
  IconFileImport,
  IconLayoutKanban,
  IconSend,
  IconSettings,
  IconSunHigh,
  IconTarget,
  IconUsers,
} from "@tabler/icons-react";
import { useEffect } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { Brand } from "./Brand.js";
import { OutboxCount } from "./outreach/OutboxCount.js";
import { PaletteHint, PaletteLauncher } from "./palette/PaletteLauncher.js";
import { DueCount } from "./today/DueCount.js";

const NAV = [
  { to: "/today", label: "Today", icon: IconSunHigh },
  { to: "/pipeline", label: "Pipeline", icon: IconLayoutKanban, also: "/conversations" },
  { to: "/outbox", label: "Outbox", icon: IconSend, also: "/compose" },
  { to: "/contacts", label: "Contacts", icon: IconUsers },
  { to: "/organizations", label: "Organisations", icon: IconBuilding },
  { to: "/who-knows-what", label: "Who knows what", icon: IconBulb },
  { to: "/what-works", label: "What works", icon: IconChartBar },
  { to: "/goals", label: "Goals", icon: IconTarget },
  { to: "/import", label: "Import & export", icon: IconFileImport },
  { to: "/settings", label: "Settings", icon: IconSettings },
];

function isActive(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** The frame of every page: the brand on top, navigation on the left, the page in the middle. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={0}
      styles={{ main: { background: "var(--mantine-color-gray-0)" } }}
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header px="lg">
        <Group h="100%" gap="sm">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
          <Brand />
          <Group ml="auto">
            <PaletteLauncher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <Stack gap={4} style={{ flex: 1 }}>
          {NAV.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} stroke={1.7} />}
              active={
                isActive(pathname, item.to) || (item.also !== undefined && isActive(pathname, item.also))
              }
              rightSection={
                item.to === "/today" ? <DueCount /> : item.to === "/outbox" ? <OutboxCount /> : undefined
              }
              aria-current={pathname === item.to ? "page" : undefined}
              variant="light"
              fw={500}
              style={{ borderRadius: "var(--mantine-radius-md)" }}
            />
          ))}
        </Stack>
        <PaletteHint />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: "none" }}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

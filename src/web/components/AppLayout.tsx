import { AppShell, Burger, Group, NavLink, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconAffiliate,
  IconBuilding,
  IconBulb,
  IconChartBar,
  IconEye,
  IconFileImport,
  IconLayoutKanban,
  IconMessageCircleQuestion,
  IconSchool,
  IconSend,
  IconSettings,
  IconSunHigh,
  IconTarget,
  IconTemplate,
  IconUsers,
} from "@tabler/icons-react";
import { useEffect } from "react";
import { Link, Outlet, useLocation } from "react-router";
import type { CentreMe } from "../api/types.js";
import { useCentreMe } from "../hooks/centre.js";
import { AccountMenu } from "./auth/AccountMenu.js";
import { Brand } from "./Brand.js";
import { OutboxCount } from "./outreach/OutboxCount.js";
import { PaletteHint, PaletteLauncher } from "./palette/PaletteLauncher.js";
import { DueCount } from "./today/DueCount.js";

type NavItem = { to: string; label: string; icon: typeof IconSunHigh; also?: string };

const NAV: NavItem[] = [
  { to: "/today", label: "Today", icon: IconSunHigh },
  { to: "/pipeline", label: "Pipeline", icon: IconLayoutKanban, also: "/conversations" },
  { to: "/outbox", label: "Outbox", icon: IconSend, also: "/compose" },
  { to: "/contacts", label: "Contacts", icon: IconUsers },
  { to: "/organizations", label: "Organisations", icon: IconBuilding },
  { to: "/network", label: "Network", icon: IconAffiliate },
  { to: "/who-knows-what", label: "Who knows what", icon: IconBulb },
  { to: "/what-works", label: "What works", icon: IconChartBar },
  { to: "/goals", label: "Goals", icon: IconTarget },
  { to: "/templates", label: "Templates", icon: IconTemplate },
  { to: "/questions", label: "Question bank", icon: IconMessageCircleQuestion },
  { to: "/import", label: "Import & export", icon: IconFileImport },
  { to: "/settings", label: "Settings", icon: IconSettings },
];

/** A career centre's pages (hosted mode), for the roles concerned. */
function centreNav(me: CentreMe | undefined): NavItem[] {
  if (!me?.hosted) return [];
  const staff = me.role === "advisor" || me.role === "admin";
  return [
    ...(staff ? [{ to: "/cohorts", label: "Cohorts", icon: IconChartBar }] : []),
    ...(staff ? [] : [{ to: "/sharing", label: "Sharing with advisors", icon: IconEye }]),
    { to: "/alumni", label: "Alumni directory", icon: IconSchool },
  ];
}

function isActive(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** The frame of every page: the brand on top, navigation on the left, the page in the middle. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const centre = useCentreMe();
  const nav = [...NAV.slice(0, -1), ...centreNav(centre.data), ...NAV.slice(-1)];
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={0}
      styles={{ main: { background: "var(--cc-color-page)" } }}
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
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <Stack gap={4} style={{ flex: 1 }}>
          {nav.map((item) => (
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

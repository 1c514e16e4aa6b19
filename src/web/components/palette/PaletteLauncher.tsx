// Opens the command palette from every page: the Search button in the header, Ctrl-K (⌘K on a
// Mac) and "/". The palette itself loads on first use, so Today's JavaScript stays small.
import { Button, Kbd, Text } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { lazy, Suspense, useCallback, useState } from "react";
import { focusPageSearch } from "../../hooks/page-search.js";

const loadPalette = () => import("./CommandPalette.js");
const CommandPalette = lazy(async () => ({ default: (await loadPalette()).CommandPalette }));

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
/** The palette's shortcut as this keyboard writes it. */
export const PALETTE_KEYS = isMac ? "⌘ K" : "Ctrl K";

export function PaletteLauncher() {
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on, so closing can animate and reopening is instant.
  const [used, setUsed] = useState(false);
  const open = useCallback(() => {
    setUsed(true);
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpened(false), []);

  // Ctrl-K works in a text field too; "/" only outside one (it is a character there).
  useHotkeys([["mod+K", () => (opened ? close() : open())]], [], true);
  useHotkeys([["/", () => focusPageSearch() || open()]]);

  return (
    <>
      <Button
        variant="default"
        radius="md"
        leftSection={<IconSearch size={16} stroke={1.7} aria-hidden />}
        rightSection={
          <Kbd size="xs" visibleFrom="sm">
            {PALETTE_KEYS}
          </Kbd>
        }
        onClick={open}
        onPointerEnter={loadPalette}
        onFocus={loadPalette}
        aria-haspopup="dialog"
        aria-keyshortcuts={isMac ? "Meta+K" : "Control+K"}
        fw={500}
      >
        Search
      </Button>
      {used && (
        <Suspense fallback={null}>
          <CommandPalette opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}

/** The sidebar's reminder of the shortcuts (not on phones, which have no keyboard to press them). */
export function PaletteHint() {
  return (
    <Text size="xs" px="sm" pb="xs" visibleFrom="sm">
      Press <Kbd size="xs">/</Kbd> or <Kbd size="xs">{PALETTE_KEYS}</Kbd> to search
    </Text>
  );
}

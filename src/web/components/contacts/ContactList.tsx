import { Box, Group, Loader, Text } from "@mantine/core";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Contact } from "../../api/types.js";
import { CONTACT_ROW_HEIGHT, ContactRow } from "./ContactRow.js";

/** Room taken at the top of the window by the header and the sticky filters. */
const STICKY_TOP = 140;

interface ContactListProps {
  contacts: Contact[];
  total: number;
  highlight: string[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
}

/**
 * The contacts as a window-scrolled virtual list: only the rows on screen are in the DOM, and the next
 * page loads when the last loaded row comes near. Arrow keys, Home and End move between rows.
 */
export function ContactList({
  contacts,
  total,
  highlight,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: ContactListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const element = listRef.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  });

  const count = contacts.length + (hasNextPage ? 1 : 0);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => CONTACT_ROW_HEIGHT,
    overscan: 10,
    scrollMargin,
    scrollPaddingStart: STICKY_TOP,
    scrollPaddingEnd: 16,
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= contacts.length - 20) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, contacts.length, fetchNextPage]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const target = listRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (target) {
      target.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const current = Number((event.target as HTMLElement).dataset.index);
    if (Number.isNaN(current)) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: contacts.length - 1,
      PageDown: current + 10,
      PageUp: current - 10,
    };
    const wanted = moves[event.key];
    if (wanted === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(contacts.length - 1, wanted));
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: "auto" });
    const target = listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`);
    if (target) {
      target.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  }

  return (
    <ul
      ref={listRef}
      aria-label="Contacts"
      aria-busy={isFetchingNextPage}
      onKeyDown={onKeyDown}
      style={{
        height: virtualizer.getTotalSize(),
        position: "relative",
        listStyle: "none",
        margin: 0,
        padding: 0,
      }}
    >
      {rows.map((row) => {
        const style = {
          position: "absolute" as const,
          top: 0,
          left: 0,
          width: "100%",
          transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
        };
        const contact = contacts[row.index];
        if (!contact) {
          return (
            <Box component="li" key="loader" style={{ ...style, height: CONTACT_ROW_HEIGHT }}>
              <Group h="100%" justify="center" gap="xs">
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  Loading more contacts…
                </Text>
              </Group>
            </Box>
          );
        }
        return (
          <ContactRow
            key={contact.id}
            contact={contact}
            index={row.index}
            total={total}
            highlight={highlight}
            style={style}
          />
        );
      })}
    </ul>
  );
}

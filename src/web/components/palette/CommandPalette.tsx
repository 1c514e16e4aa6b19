// The command palette (on @mantine/spotlight): type to find anything and jump to it, or to run an
// action; arrows move, Enter opens, Esc closes. "Plan a conversation with…" and "Write to…" turn
// it into a person picker.
import "@mantine/spotlight/styles.css";
import "./palette.css";
import { Badge, Group, Highlight, Loader, Modal, Text, VisuallyHidden } from "@mantine/core";
import { createSpotlight, Spotlight, type SpotlightStore } from "@mantine/spotlight";
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { searchTerms } from "../../../core/text.js";
import { type SearchItem, usePeopleSearch, useSearch } from "../../hooks/search.js";
import { type PaletteEntry, type PaletteMode, paletteEntries } from "../../lib/palette.js";
import { PaletteIcon } from "./palette-icons.js";

const NO_RESULTS: SearchItem[] = [];

const MODE_TITLES: Record<PaletteMode, string> = {
  plan: "Plan a conversation with…",
  write: "Write to…",
};

export function CommandPalette({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [[store, spotlight]] = useState(createSpotlight);
  // The chosen line: the spotlight keeps it without telling; read it after each move, for
  // screen readers (aria-activedescendant, aria-selected).
  const [selected, setSelected] = useState(-1);
  const followSelection = () => setTimeout(() => setSelected(store.getState().selected), 0);
  const navigate = useNavigate();
  const listId = `palette-${useId().replace(/:/g, "")}`;
  const [query, setQuery] = useState("");
  const [mode, setMode] = useState<PaletteMode | null>(null);

  useEffect(() => {
    if (opened) spotlight.open();
    else spotlight.close();
  }, [opened, spotlight]);

  const typed = query.trim() !== "";
  // Everything while searching; people alone (by name) in the person picker.
  const everything = useSearch(query, opened && mode === null && typed);
  const people = usePeopleSearch(query, opened && mode !== null);
  const search = mode === null ? everything : people;
  const results = (mode !== null || typed ? search.data : undefined) ?? NO_RESULTS;
  const entries = useMemo(() => paletteEntries(query, mode, results), [query, mode, results]);

  // New results, new first choice: Enter opens what is shown on top.
  const signature = entries.map((entry) => entry.key).join("|");
  useEffect(() => {
    if (signature) setSelected(selectFirst(store, listId));
  }, [signature, store, listId]);

  function trigger(entry: PaletteEntry) {
    if (entry.mode) {
      setMode(entry.mode);
      setQuery("");
    } else if (entry.to) navigate(entry.to);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Backspace in an empty picker goes back to everything.
    if (event.key === "Backspace" && mode && query === "") setMode(null);
    followSelection();
  }

  const terms = searchTerms(query);
  const waiting = (mode !== null || typed) && search.isFetching && results.length === 0;

  return (
    <Spotlight.Root
      store={store}
      shortcut={null}
      query={query}
      onQueryChange={(next) => {
        setQuery(next);
        followSelection();
      }}
      onSpotlightClose={() => {
        // Each opening starts afresh (the query is ours, so the spotlight does not clear it).
        setQuery("");
        setMode(null);
        onClose();
      }}
      scrollable
      maxHeight={440}
      // Open, the first line is chosen, so Enter runs it at once.
      transitionProps={{
        duration: 150,
        transition: "pop",
        onEntered: () => setSelected(selectFirst(store, listId)),
      }}
    >
      <VisuallyHidden>
        <Modal.Title>Search and go</Modal.Title>
      </VisuallyHidden>
      {mode && (
        <Group gap="xs" px="md" pt="sm">
          <Badge variant="light" size="lg" radius="sm">
            {MODE_TITLES[mode]}
          </Badge>
          <Text size="sm" c="dimmed">
            Pick a person · Backspace to go back
          </Text>
        </Group>
      )}
      <Spotlight.Search
        placeholder={mode ? "Type a name" : "Search people, notes, conversations, goals, or type an action"}
        aria-label={mode ? `${MODE_TITLES[mode]} Type a name` : "Search everything"}
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={selected >= 0 && entries[selected] ? optionId(listId, selected) : undefined}
        onKeyDown={onKeyDown}
        data-autofocus
        leftSection={waiting ? <Loader size="xs" aria-label="Searching" /> : undefined}
      />
      <Spotlight.ActionsList id={listId} role="listbox" aria-label="Results">
        {runsOf(entries).map((run) => (
          <Spotlight.ActionsGroup
            key={`${run.group}-${run.start}`}
            label={run.group}
            role="group"
            aria-label={run.group}
          >
            {run.items.map((entry, offset) => {
              const at = run.start + offset;
              return (
                <Spotlight.Action
                  key={entry.key}
                  // The spotlight keeps `id` for itself: give the line its id for aria-activedescendant.
                  ref={(element) => {
                    if (element) element.id = optionId(listId, at);
                  }}
                  role="option"
                  className="palette-action"
                  aria-selected={at === selected}
                  closeSpotlightOnTrigger={!entry.mode}
                  onClick={() => trigger(entry)}
                >
                  <Group wrap="nowrap" gap="sm" align="flex-start">
                    <span style={{ display: "flex", paddingTop: 2 }}>
                      <PaletteIcon name={entry.icon} />
                    </span>
                    <div style={{ minWidth: 0 }}>
                      <Highlight highlight={terms} component="div" fw={500} size="sm" lineClamp={1}>
                        {entry.label}
                      </Highlight>
                      {entry.detail && (
                        <Highlight highlight={terms} component="div" size="xs" c="dimmed" lineClamp={2}>
                          {entry.detail}
                        </Highlight>
                      )}
                    </div>
                  </Group>
                </Spotlight.Action>
              );
            })}
          </Spotlight.ActionsGroup>
        ))}
        {entries.length === 0 && (
          <Spotlight.Empty>
            {waiting
              ? "Searching…"
              : search.isError
                ? `Search is not answering: ${search.error.message}`
                : mode
                  ? `Nobody called “${query.trim()}” in your contacts.`
                  : `Nothing found for “${query.trim()}”. Try another word.`}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      <VisuallyHidden aria-live="polite">
        {typed && !waiting ? `${entries.length} ${entries.length === 1 ? "choice" : "choices"}` : ""}
      </VisuallyHidden>
    </Spotlight.Root>
  );
}

/** Marks the first line as chosen, as the spotlight does when the query changes (its way: an attribute). */
function selectFirst(store: SpotlightStore, listId: string): number {
  const list = document.getElementById(listId);
  list?.querySelector("[data-selected]")?.removeAttribute("data-selected");
  const first = list?.querySelector("[data-action]");
  first?.setAttribute("data-selected", "true");
  const selected = first ? 0 : -1;
  store.updateState((state) => ({ ...state, selected }));
  return selected;
}

function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** Consecutive entries of one group, with the index of the first. */
function runsOf(entries: readonly PaletteEntry[]): { group: string; start: number; items: PaletteEntry[] }[] {
  const runs: { group: string; start: number; items: PaletteEntry[] }[] = [];
  entries.forEach((entry, at) => {
    const last = runs.at(-1);
    if (last && last.group === entry.group) last.items.push(entry);
    else runs.push({ group: entry.group, start: at, items: [entry] });
  });
  return runs;
}

// What the command palette offers: the things it can do and the pages it can open (matched on the
// words typed), and where each kind of search result leads.
import { searchKey, searchTerms } from "../../core/text.js";

/** A person picker the palette switches to: whom to plan a conversation with, or to write to. */
export type PaletteMode = "plan" | "write";

export interface PaletteCommand {
  id: string;
  label: string;
  /** One line under the label, in the user's words. */
  description: string;
  group: "Actions" | "Pages";
  /** Where it leads, or the person picker it opens. */
  to?: string;
  mode?: PaletteMode;
  /** More words it answers to, beside its label and description. */
  keywords: string;
}

export const PALETTE_COMMANDS: readonly PaletteCommand[] = [
  {
    id: "plan",
    label: "Plan a conversation with…",
    description: "Pick a person, then set the date and what you want to learn",
    group: "Actions",
    mode: "plan",
    keywords: "new conversation meeting coffee chat schedule interview",
  },
  {
    id: "write",
    label: "Write to…",
    description: "Pick a person, then write a request, a follow-up or a thank-you",
    group: "Actions",
    mode: "write",
    keywords: "message email compose send request follow-up thank-you nudge",
  },
  {
    id: "add-contact",
    label: "Add a contact",
    description: "Someone new to your network",
    group: "Actions",
    to: "/contacts/new",
    keywords: "new person create",
  },
  {
    id: "import",
    label: "Import contacts…",
    description: "From LinkedIn, Google Contacts, a vCard file or a backup (export is there too)",
    group: "Actions",
    to: "/import",
    keywords: "linkedin google vcard csv backup export download upload",
  },
  {
    id: "today",
    label: "Today",
    description: "What is due now",
    group: "Pages",
    to: "/today",
    keywords: "agenda due home",
  },
  {
    id: "pipeline",
    label: "Pipeline",
    description: "Every conversation by stage",
    group: "Pages",
    to: "/pipeline",
    keywords: "conversations stages board kanban",
  },
  {
    id: "outbox",
    label: "Outbox",
    description: "Messages waiting to go out",
    group: "Pages",
    to: "/outbox",
    keywords: "scheduled messages sent",
  },
  {
    id: "contacts",
    label: "Contacts",
    description: "Everyone in your network",
    group: "Pages",
    to: "/contacts",
    keywords: "people network list",
  },
  {
    id: "organizations",
    label: "Organisations",
    description: "Where the people you know work",
    group: "Pages",
    to: "/organizations",
    keywords: "organizations companies employers",
  },
  {
    id: "goals",
    label: "Goals",
    description: "What you are exploring and what you have decided",
    group: "Pages",
    to: "/goals",
    keywords: "careers paths options decisions",
  },
  {
    id: "questions",
    label: "Question bank",
    description: "Questions to ask in a conversation",
    group: "Pages",
    to: "/questions",
    keywords: "ask interview prepare",
  },
  {
    id: "templates",
    label: "Templates",
    description: "The messages you start from",
    group: "Pages",
    to: "/templates",
    keywords: "messages drafts wording",
  },
  {
    id: "settings",
    label: "Settings",
    description: "Your name, mail and working hours",
    group: "Pages",
    to: "/settings",
    keywords: "preferences mail smtp calendar feed account",
  },
];

/** The commands whose label, description or keywords hold every word typed (all of them for none). */
export function matchCommands(query: string, commands: readonly PaletteCommand[] = PALETTE_COMMANDS) {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...commands];
  return commands.filter((command) => {
    const words = searchKey(`${command.label} ${command.description} ${command.keywords}`).split(
      /[^\p{L}\p{N}]+/u,
    );
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}

/** The part of a search result that says where it lives. */
export interface SearchTarget {
  kind: string;
  id: string;
  contactId?: string | null;
  conversationId?: string | null;
}

/** Where a search result opens: its own page, else the conversation or the person it belongs to. */
export function searchResultLink(item: SearchTarget): string | null {
  const id = encodeURIComponent(item.id);
  switch (item.kind) {
    case "contact":
      return `/contacts/${id}`;
    case "organization":
      return `/organizations/${id}`;
    case "conversation":
      return `/conversations/${id}`;
    case "goal":
      return `/goals/${id}`;
    case "exchange":
      if (item.contactId) return `/contacts/${encodeURIComponent(item.contactId)}#exchanges`;
      break;
  }
  if (item.conversationId) return `/conversations/${encodeURIComponent(item.conversationId)}`;
  if (item.contactId) return `/contacts/${encodeURIComponent(item.contactId)}`;
  // A task of one's own, tied to no one: Today lists it.
  return item.kind === "task" ? "/today" : null;
}

/** Where the person picker leads once someone is chosen. */
export function personActionLink(mode: PaletteMode, contactId: string): string {
  const id = encodeURIComponent(contactId);
  return mode === "plan" ? `/conversations/new?contactId=${id}` : `/compose?contactId=${id}`;
}

/** The label of the action on one person: "Plan a conversation with Ada Lovelace", "Write to Ada Lovelace". */
export function personActionLabel(mode: PaletteMode, name: string): string {
  return mode === "plan" ? `Plan a conversation with ${name}` : `Write to ${name}`;
}

/** A search result as the palette receives it. */
export interface PaletteResult extends SearchTarget {
  title: string;
  snippet: string;
}

/** One line of the palette. */
export interface PaletteEntry {
  key: string;
  group: string;
  label: string;
  detail: string;
  /** The kind of result or the command it is (its icon). */
  icon: string;
  /** Where it leads; or the person picker it opens. */
  to?: string;
  mode?: PaletteMode;
}

/** The heading of each kind of search result. */
export const KIND_GROUPS: Readonly<Record<string, string>> = {
  contact: "People",
  organization: "Organisations",
  conversation: "Conversations",
  insight: "Insights",
  note: "Notes",
  message: "Messages",
  goal: "Goals",
  task: "Tasks",
  exchange: "Give and take",
};

/**
 * What the palette lists, in the order shown (and chosen with the arrows): search results under
 * their kind's heading in the order of their best result; planning or writing to the best person
 * found; then the commands matching what was typed. In a person picker, only the people.
 */
export function paletteEntries(
  query: string,
  mode: PaletteMode | null,
  results: readonly PaletteResult[],
): PaletteEntry[] {
  if (mode) {
    return results
      .filter((item) => item.kind === "contact")
      .map((item) => ({
        key: `pick:${item.id}`,
        group: "People",
        label: personActionLabel(mode, item.title),
        detail: item.snippet,
        icon: mode,
        to: personActionLink(mode, item.id),
      }));
  }
  const typed = query.trim() !== "";
  const found: PaletteEntry[] = [];
  if (typed) {
    for (const item of results) {
      const to = searchResultLink(item);
      if (!to) continue;
      const group = KIND_GROUPS[item.kind] ?? "Other";
      found.push({
        key: `${item.kind}:${item.id}`,
        group,
        label: item.title,
        detail: item.snippet,
        icon: item.kind,
        to,
      });
    }
  }
  const person = typed ? results.find((item) => item.kind === "contact") : undefined;
  const onPerson: PaletteEntry[] = person
    ? (["plan", "write"] as const).map((personMode) => ({
        key: `${personMode}:${person.id}`,
        group: "Actions",
        label: personActionLabel(personMode, person.title),
        detail: "",
        icon: personMode,
        to: personActionLink(personMode, person.id),
      }))
    : [];
  const commands = matchCommands(query).map((command) => ({
    key: `command:${command.id}`,
    group: command.group,
    label: command.label,
    detail: command.description,
    icon: command.id,
    to: command.to,
    mode: command.mode,
  }));
  return groupInOrder([...found, ...onPerson, ...commands]);
}

/** Entries gathered under their group, groups in order of first appearance. */
function groupInOrder(entries: readonly PaletteEntry[]): PaletteEntry[] {
  const groups = new Map<string, PaletteEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.group);
    if (list) list.push(entry);
    else groups.set(entry.group, [entry]);
  }
  return [...groups.values()].flat();
}

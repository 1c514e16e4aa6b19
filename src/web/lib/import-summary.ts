// How an import's preview and result read: counts, labels, the sentence at the top, the kept notes.

import { formatLineRef } from "../../core/import-plan.js";
import type { ImportAction, ImportItem, ImportPeople } from "../api/types.js";
import { countLabel } from "./format.js";

export const ACTION_LABELS: Record<ImportAction, string> = {
  new: "New",
  update: "Updated",
  unchanged: "Unchanged",
  duplicate: "Possible duplicate",
  merged: "Same person as an earlier line",
  skipped: "Skipped",
};

export const ACTION_COLORS: Record<ImportAction, string> = {
  new: "green",
  update: "blue",
  unchanged: "gray",
  duplicate: "orange",
  merged: "teal",
  skipped: "red",
};

export const ACTIONS: readonly ImportAction[] = [
  "new",
  "update",
  "unchanged",
  "duplicate",
  "merged",
  "skipped",
];

export const people = (count: number) => countLabel(count, "person", "people");

/** How many people applying writes: the new ones, the possible duplicates (added too) and the updates. */
export function peopleToWrite(summary: Pick<ImportPeople, "counts">): number {
  const { counts } = summary;
  return counts.new + counts.duplicate + counts.update;
}

/** Whether the file brings nothing that is not here already. */
export function isNothingNew(summary: Pick<ImportPeople, "counts">): boolean {
  return peopleToWrite(summary) === 0;
}

/** LinkedIn's messages.csv and Invitations.csv: they add to timelines, not people. */
export function hasTouchFiles(files: readonly { name: string }[]): boolean {
  return files.some((file) => /^(messages|invitations)\b.*\.csv$/i.test(file.name));
}

/** Whether applying would write anything: people, or LinkedIn messages and invitations for timelines. */
export function canApply(summary: Pick<ImportPeople, "counts">, files: readonly { name: string }[]): boolean {
  return peopleToWrite(summary) > 0 || hasTouchFiles(files);
}

/** "Import 50 people", or what applying does when no person is written. */
export function applyLabel(
  summary: Pick<ImportPeople, "counts">,
  files: readonly { name: string }[],
): string {
  const count = peopleToWrite(summary);
  if (count > 0) return `Import ${people(count)}`;
  return hasTouchFiles(files) ? "Import the messages and invitations" : "Nothing to import";
}

/** The preview's headline. */
export function previewHeadline(summary: Pick<ImportPeople, "counts">): string {
  const { counts } = summary;
  if (isNothingNew(summary)) return "Nothing new in this file";
  const parts = [
    counts.new > 0 ? `${people(counts.new)} to add` : "",
    counts.update > 0 ? `${people(counts.update)} to complete` : "",
    counts.duplicate > 0 ? `${countLabel(counts.duplicate, "possible duplicate")} to check` : "",
  ].filter(Boolean);
  return sentence(parts);
}

/** The result's headline, once written. */
export function resultHeadline(summary: Pick<ImportPeople, "counts">): string {
  const { counts } = summary;
  const added = counts.new + counts.duplicate;
  if (isNothingNew(summary)) return "Your contacts were already up to date";
  const parts = [
    added > 0 ? `${people(added)} added` : "",
    counts.update > 0 ? `${people(counts.update)} completed` : "",
  ].filter(Boolean);
  return sentence(parts);
}

function sentence(parts: readonly string[]): string {
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The line an error message names ("Connections.csv: line 24: …"), or null. */
export function errorLine(message: string): number | null {
  const match = /\bline (\d+)\b/i.exec(message);
  return match ? Number(match[1]) : null;
}

export interface KeptNote {
  line: number;
  name: string;
  text: string;
}

/** Every value kept as the user wrote it (or line that repeats an earlier one), in file order. */
export function keptNotes(items: readonly ImportItem[]): KeptNote[] {
  return items.flatMap((item) => item.kept.map((text) => ({ line: item.line, name: item.name, text })));
}

/** A possible duplicate, still undecided or said by the user to be the same person (then united). */
export function isPossibleDuplicate(item: ImportItem): boolean {
  return item.action === "duplicate" || Boolean(item.duplicateOf?.chosen);
}

/**
 * The items of one action, or all of them. "duplicate" keeps the lines the user said are the same
 * person, so that a choice can be undone where it was made.
 */
export function itemsOf(items: readonly ImportItem[], action: ImportAction | "all"): readonly ImportItem[] {
  if (action === "all") return items;
  if (action === "duplicate") return items.filter(isPossibleDuplicate);
  return items.filter((item) => item.action === action);
}

/** How the API and the CLI name a line in `sameAs`: "12", or "Contacts.csv:12". */
export const sameAsRef = (item: Pick<ImportItem, "line" | "file">): string =>
  formatLineRef({ line: item.line, ...(item.file ? { file: item.file } : {}) });

/** Whom a possible duplicate may be, in words: "Sam Lee, already in your contacts", "Sam Lee on line 2". */
export function duplicateOfText(item: ImportItem): string | null {
  const of = item.duplicateOf;
  if (!of) return null;
  const name = of.name || "(no name)";
  if (of.line === null) return `${name}, already in your contacts`;
  return of.file && of.file !== item.file
    ? `${name} on ${of.file} line ${of.line}`
    : `${name} on line ${of.line}`;
}

/** What happens to one line, in words. */
export function itemDetail(item: ImportItem): string {
  if (item.action === "new") return "Added as a new contact";
  if (item.action === "duplicate")
    return `Same name as ${duplicateOfText(item) ?? "someone already here"}; added separately unless you say it is the same person`;
  if (item.duplicateOf?.chosen)
    return item.changes.length > 0
      ? `You said it is the same person: adds ${item.changes.join(", ")}`
      : "You said it is the same person; nothing to add";
  if (item.action === "update") return `Adds ${item.changes.join(", ")}`;
  if (item.action === "skipped") return `Skipped: ${item.reason ?? "it cannot become a person"}`;
  if (item.action === "merged")
    return item.changes.length > 0
      ? `United with that person: adds ${item.changes.join(", ")}`
      : "United with that person; nothing to add";
  return item.kept.length > 0 ? "Already here; your own details stay" : "Already here, nothing to add";
}

const TABLE_LABELS: Record<string, [string, string]> = {
  contacts: ["contact", "contacts"],
  organizations: ["organisation", "organisations"],
  conversations: ["conversation", "conversations"],
  messages: ["message", "messages"],
  interactions: ["timeline entry", "timeline entries"],
  tasks: ["to-do", "to-dos"],
  tags: ["tag", "tags"],
  goals: ["goal", "goals"],
  templates: ["template", "templates"],
  questions: ["question", "questions"],
  insights: ["insight", "insights"],
};

/** What a backup holds, in words ("120 contacts"), in the order people think of it; links between rows left out. */
export function restoredParts(restored: Record<string, number>): string[] {
  return Object.entries(TABLE_LABELS)
    .filter(([table]) => (restored[table] ?? 0) > 0)
    .map(([table, [one, many]]) => countLabel(restored[table] ?? 0, one, many));
}

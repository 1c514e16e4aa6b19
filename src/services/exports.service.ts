// The exports as streams: each writes its file a page of rows at a time to a sink (a file, an HTTP
// response), on one snapshot of the data, so that no export holds the whole file in memory.
import type { Contact } from "../core/contact.js";
import type { ExportFormat } from "../core/file-formats.js";
import { csvHead, csvRows } from "../integrations/contacts-csv.js";
import { conversationsByContact, notesHead, notesSections } from "../integrations/notes-markdown.js";
import { contactsToVCard } from "../integrations/vcard-write.js";
import { type Sink, writeBackup } from "./backup-write.js";
import { listContacts } from "./contacts.service.js";
import { nowIso, type ServiceContext, withReadSnapshot } from "./context.js";
import { listConversations } from "./conversations.service.js";
import { getSettings } from "./settings.service.js";

export type { Sink };

export interface ExportStream {
  fileName: string;
  contentType: string;
  /** Writes the whole file to `sink`, piece by piece. */
  write(sink: Sink): Promise<void>;
}

export interface ExportOptions {
  vcardVersion?: "4.0" | "3.0";
  /** Only these contacts (vcard, csv, markdown). */
  ids?: readonly string[];
}

/** Contacts a page at a time (archived ones too when asked), in name order, only `ids` if given. */
async function eachContactPage(
  ctx: ServiceContext,
  options: { archived: boolean; ids?: readonly string[] | undefined },
  each: (contacts: Contact[]) => Promise<void>,
): Promise<void> {
  const wanted = options.ids ? new Set(options.ids) : undefined;
  let cursor: string | undefined;
  do {
    const page = await listContacts(ctx, {
      archived: options.archived ? "all" : "false",
      limit: 500,
      cursor,
    });
    const contacts = wanted ? page.items.filter((c) => wanted.has(c.id)) : page.items;
    if (contacts.length > 0) await each(contacts);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export function streamExport(
  ctx: ServiceContext,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportStream {
  const day = nowIso(ctx).slice(0, 10);
  if (format === "json") {
    return {
      fileName: `coffeechat-backup-${day}.json`,
      contentType: "application/json; charset=utf-8",
      write: async (sink) => {
        await writeBackup(ctx, sink);
      },
    };
  }
  if (format === "vcard") {
    const version = options.vcardVersion ?? "4.0";
    return {
      fileName: `coffeechat-contacts-${day}.vcf`,
      contentType: "text/vcard; charset=utf-8",
      write: (sink) =>
        withReadSnapshot(ctx, (tx) =>
          eachContactPage(tx, { archived: false, ids: options.ids }, async (contacts) =>
            sink(contactsToVCard(contacts, { version, now: tx.clock.now() })),
          ),
        ),
    };
  }
  if (format === "csv") {
    return {
      fileName: `coffeechat-contacts-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      write: (sink) =>
        withReadSnapshot(ctx, async (tx) => {
          await sink(csvHead());
          await eachContactPage(tx, { archived: true, ids: options.ids }, async (contacts) =>
            sink(csvRows(contacts)),
          );
        }),
    };
  }
  return {
    fileName: `coffeechat-notes-${day}.md`,
    contentType: "text/markdown; charset=utf-8",
    write: (sink) => withReadSnapshot(ctx, (tx) => writeNotes(tx, options, sink)),
  };
}

/** The notes in Markdown; the conversations (far fewer than contacts) are read first, grouped by contact. */
async function writeNotes(ctx: ServiceContext, options: ExportOptions, sink: Sink): Promise<void> {
  const zone = (await getSettings(ctx)).timeZone;
  const conversations = [];
  let cursor: string | undefined;
  do {
    const page = await listConversations(ctx, { limit: 500, cursor });
    conversations.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const byContact = conversationsByContact(conversations);
  // The file ends with one line end: blank lines at the end of a page wait for what follows.
  let pending = notesHead(zone, ctx.clock.now());
  await eachContactPage(ctx, { archived: true, ids: options.ids }, async (contacts) => {
    const text = pending + notesSections(contacts, byContact, zone);
    const kept = text.trimEnd();
    pending = text.slice(kept.length);
    await sink(kept);
  });
  await sink(`${pending.trimEnd()}\n`);
}

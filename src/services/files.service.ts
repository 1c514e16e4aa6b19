// Files in and out: which parser reads which format, and which writer makes which export.

import type { Contact } from "../core/contact.js";
import { ValidationError } from "../core/errors.js";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  IMPORT_FORMATS,
  type ImportFormat,
} from "../core/file-formats.js";
import type { LineRef } from "../core/import-plan.js";
import type { Page } from "../core/page.js";
import { parseGoogleContacts } from "../integrations/google-contacts.js";
import { checkedRecord } from "../integrations/import-records.js";
import {
  type ImportedContact,
  type ImportedInteraction,
  ImportFormatError,
} from "../integrations/imported.js";
import { isZip, linkedInArchiveFiles } from "../integrations/linkedin-archive.js";
import { parseLinkedInConnections } from "../integrations/linkedin-connections.js";
import { isLinkedInContactsHeader, parseLinkedInContacts } from "../integrations/linkedin-contacts.js";
import { parseLinkedInInvitations } from "../integrations/linkedin-invitations.js";
import { type LinkedInMe, parseLinkedInMessages } from "../integrations/linkedin-messages.js";
import { parseOutlookContacts } from "../integrations/outlook-contacts.js";
import { parseVCards } from "../integrations/vcard-parse.js";
import { type BackupSource, restoreBackupSource } from "./backup-read.js";
import { listContacts } from "./contacts.service.js";
import type { ServiceContext } from "./context.js";
import { type ExportOptions, streamExport } from "./exports.service.js";
import { type ImportSummary, importContacts } from "./import.service.js";
import { linesOf } from "./lines.js";

export { EXPORT_FORMATS, type ExportFormat, IMPORT_FORMATS, type ImportFormat };

/** A file of a LinkedIn export: Connections.csv, messages.csv or Invitations.csv, told apart by header. */
export interface NamedFile {
  name: string;
  content: Buffer | string;
}

function linkedInKind(file: NamedFile): "connections" | "contacts" | "messages" | "invitations" {
  const head = (
    typeof file.content === "string" ? file.content : file.content.subarray(0, 4096).toString("utf8")
  ).slice(0, 4096);
  const lines = head.split(/\r\n|\r|\n/);
  const header = (pattern: RegExp) => lines.some((line) => pattern.test(line));
  if (header(/^\W*(CONVERSATION ID,|FROM,TO,DATE,)/i) || /^messages\.csv$/i.test(file.name))
    return "messages";
  if (header(/inviterProfileUrl|^\W*From,To,Sent At,/i) || /^invitations\.csv$/i.test(file.name))
    return "invitations";
  if (lines.some((line) => isLinkedInContactsHeader(line.replace(/^\uFEFF/, "").split(","))))
    return "contacts";
  return "connections";
}

/** The file itself, or for a LinkedIn ZIP archive the export's CSV files in it. */
function unpacked(format: string, files: readonly NamedFile[]): NamedFile[] {
  return files.flatMap((file) =>
    format === "linkedin" && isZip(file.content)
      ? linkedInArchiveFiles(file.content as Buffer, file.name)
      : [file],
  );
}

/** Google's or Outlook's CSV, whichever the header says it is: never read one as the other. */
function contactsCsv(format: "google" | "outlook", content: NamedFile["content"]): ImportedContact[] {
  const [first, second] =
    format === "google"
      ? [parseGoogleContacts, parseOutlookContacts]
      : [parseOutlookContacts, parseGoogleContacts];
  try {
    return first(content);
  } catch (error) {
    if (!(error instanceof ImportFormatError) || !/header found/.test(error.message)) throw error;
    try {
      return second(content);
    } catch {
      throw error;
    }
  }
}

export interface ParsedFiles {
  contacts: ImportedContact[];
  interactions: ImportedInteraction[];
}

/** Reads files of a format into records; throws ImportFormatError naming the file and line. */
/** Who "me" is in LinkedIn's messages.csv, when the file alone cannot tell: a profile address or a name. */
function linkedInMe(me: string | undefined): LinkedInMe {
  if (!me) return {};
  return /linkedin\.com\//i.test(me) ? { myProfileUrl: me } : { myName: me };
}

export function parseFiles(
  format: Exclude<ImportFormat, "json">,
  files: readonly NamedFile[],
  options: { me?: string | undefined } = {},
): ParsedFiles {
  const parsed: ParsedFiles = { contacts: [], interactions: [] };
  const all = unpacked(format, files);
  for (const file of all) {
    try {
      const contacts: ImportedContact[] = [];
      if (format === "google" || format === "outlook") contacts.push(...contactsCsv(format, file.content));
      else if (format === "vcard") contacts.push(...parseVCards(file.content));
      else {
        const kind = linkedInKind(file);
        if (kind === "messages")
          parsed.interactions.push(...parseLinkedInMessages(file.content, linkedInMe(options.me)));
        else if (kind === "invitations") parsed.interactions.push(...parseLinkedInInvitations(file.content));
        else if (kind === "contacts") contacts.push(...parseLinkedInContacts(file.content));
        else contacts.push(...parseLinkedInConnections(file.content));
      }
      for (const record of contacts)
        parsed.contacts.push(checkedRecord(all.length > 1 ? { ...record, file: file.name } : record));
    } catch (error) {
      if (error instanceof Error) error.message = `${file.name}: ${error.message}`;
      throw error;
    }
  }
  return parsed;
}

export interface ImportResult {
  format: ImportFormat;
  people?: ImportSummary;
  restored?: Record<string, number>;
}

export async function importFiles(
  ctx: ServiceContext,
  format: ImportFormat,
  files: readonly NamedFile[],
  options: {
    dryRun: boolean;
    me?: string | undefined;
    /** Possible duplicates the user says are the same person: "12", or "Contacts.csv:12" for several files. */
    sameAs?: readonly LineRef[];
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportResult> {
  if (format === "json") {
    if (options.sameAs?.length)
      throw new ValidationError(
        "A backup is restored whole, into an empty coffeechat: it has no possible duplicates to choose.",
        "sameAs",
      );
    const [file] = files;
    if (!file || files.length !== 1)
      throw new ValidationError("A JSON restore takes exactly one backup file.", "file");
    return importBackup(ctx, { name: file.name, lines: () => linesOf(file.content) }, options);
  }
  const parsed = parseFiles(format, files, { me: options.me });
  const people = await importContacts(ctx, parsed.contacts, {
    dryRun: options.dryRun,
    interactions: parsed.interactions,
    ...(options.sameAs ? { sameAs: options.sameAs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { format, people };
}

/** Restores a JSON backup read line by line (a file of any size), or with `dryRun` counts its rows. */
export async function importBackup(
  ctx: ServiceContext,
  source: BackupSource,
  options: { dryRun: boolean },
): Promise<ImportResult> {
  // In a database other accounts share, the backup's ids may be taken: its rows get new ones.
  const restoreOptions = { ...options, newIds: ctx.hosted === true };
  return { format: "json", restored: await restoreBackupSource(ctx, source, restoreOptions) };
}

/** Every item of a paged list, page after page. */
async function allPages<T>(page: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** Every contact of the user (archived ones too when asked), in name order. */
export async function allContacts(
  ctx: ServiceContext,
  options: { archived?: boolean; ids?: readonly string[] } = {},
): Promise<Contact[]> {
  const contacts = await allPages((cursor) =>
    listContacts(ctx, { archived: options.archived ? "all" : "false", limit: 500, cursor }),
  );
  if (!options.ids) return contacts;
  const wanted = new Set(options.ids);
  return contacts.filter((c) => wanted.has(c.id));
}

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: string;
}

/** An export as one string (`streamExport` writes it piece by piece, for files of any size). */
export async function exportFile(
  ctx: ServiceContext,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const stream = streamExport(ctx, format, options);
  let content = "";
  await stream.write((chunk) => {
    content += chunk;
  });
  return { fileName: stream.fileName, contentType: stream.contentType, content };
}

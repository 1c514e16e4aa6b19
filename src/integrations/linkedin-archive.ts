// The LinkedIn data export as downloaded: a ZIP archive (Basic_LinkedInDataExport_….zip) whose
// Connections.csv, Contacts.csv, messages.csv and Invitations.csv we read; the rest stays unread.
import { unzipSync } from "fflate";
import { ImportFormatError } from "./imported.js";

export interface ArchiveFile {
  name: string;
  content: Buffer;
}

/** The files of the export we read, by their name in any folder of the archive, in any case. */
export const LINKEDIN_CSV = /^(connections|contacts|imported contacts|messages|invitations)\.csv$/i;

/** Whether the bytes are a ZIP archive. */
export const isZip = (bytes: Buffer | string) =>
  typeof bytes !== "string" &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04;

/** The CSV files of the export in the archive, connections first so that the rest finds the people. */
export function linkedInArchiveFiles(zip: Buffer, archiveName: string): ArchiveFile[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (file) => LINKEDIN_CSV.test(baseName(file.name)) });
  } catch (error) {
    throw new ImportFormatError(
      `${archiveName} is not a ZIP archive that can be read: ${(error as Error).message}.`,
    );
  }
  const files = Object.entries(entries)
    .filter(([name]) => !name.startsWith("__MACOSX/"))
    .map(([name, bytes]) => ({ name: baseName(name), content: Buffer.from(bytes) }));
  if (files.length === 0) {
    throw new ImportFormatError(
      `${archiveName} holds no Connections.csv, Contacts.csv, messages.csv or Invitations.csv. Is it LinkedIn's data export?`,
    );
  }
  const rank = (name: string) => (/^connections/i.test(name) ? 0 : /contacts/i.test(name) ? 1 : 2);
  return files.sort((a, b) => rank(a.name) - rank(b.name));
}

const baseName = (path: string) => path.split("/").pop() ?? path;

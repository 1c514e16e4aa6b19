import type { ImportFormat } from "../../core/file-formats.js";
// Where people come from: each import source, which files it takes, and how to get them.

export interface ImportSource {
  format: ImportFormat;
  /** On the source's card. */
  label: string;
  description: string;
  /** File name endings the picker offers (the server decides what really reads). */
  accept: readonly string[];
  /** Whether several files go together (LinkedIn's connections, messages and invitations). */
  multiple: boolean;
  /** What to choose, in the drop zone. */
  fileHint: string;
  /** How to get the file, in order. */
  steps: readonly string[];
  /** One more thing worth knowing. */
  note: string;
}

export const IMPORT_SOURCES: readonly ImportSource[] = [
  {
    format: "linkedin",
    label: "LinkedIn",
    description: "Your connections, and your messages and invitations if you like",
    accept: [".zip", ".csv"],
    multiple: true,
    fileHint:
      "the downloaded .zip as it is, or Connections.csv (with messages.csv, Invitations.csv and Contacts.csv if you have them)",
    steps: [
      "On LinkedIn, open the Me menu under your photo and choose Settings & Privacy.",
      "Go to Data privacy, then Get a copy of your data.",
      "Pick the data you want: tick Connections, and also Messages and Invitations to bring in when you last wrote to each other.",
      "Request the archive. LinkedIn e-mails you a download link, usually within minutes, at worst in a day.",
      "Choose the downloaded .zip here as it is; no need to unzip it. Files taken out of it work too.",
    ],
    note: "LinkedIn only includes a connection's e-mail address if they allow it, so many people arrive without one; connections LinkedIn hides entirely are listed as skipped.",
  },
  {
    format: "google",
    label: "Google Contacts",
    description: "A Google CSV export of your address book",
    accept: [".csv"],
    multiple: false,
    fileHint: "the Google CSV file (contacts.csv)",
    steps: [
      "Open contacts.google.com.",
      "Select the people to bring along, or select none to take everyone.",
      "Choose Export, pick the Google CSV format, and download.",
      "Choose the downloaded file here.",
    ],
    note: "Names, e-mails, phones, organisations, notes and labels (as tags) come along; photos and birthdays stay behind.",
  },
  {
    format: "outlook",
    label: "Outlook",
    description: "A CSV export from Outlook or Outlook.com",
    accept: [".csv"],
    multiple: false,
    fileHint: "the Outlook contacts CSV file",
    steps: [
      "Outlook for Windows: File, Open & Export, Import/Export, Export to a file, Comma Separated Values, then the Contacts folder.",
      "Outlook.com: People, then Manage contacts (or the … menu), then Export contacts, all contacts, and download.",
      "Choose the .csv file here; files saved in Windows' own encoding are read too.",
    ],
    note: "Every e-mail and phone column comes along, with company, job title, categories (as tags) and notes.",
  },
  {
    format: "vcard",
    label: "Phone or address book",
    description: "A vCard (.vcf) from a phone, Apple Contacts or Outlook",
    accept: [".vcf", ".vcard"],
    multiple: false,
    fileHint: "a .vcf file with one or many people",
    steps: [
      "iPhone or Mac: on icloud.com (or in Contacts on the Mac) select everyone and choose Export vCard.",
      "Android: in the Contacts app, open Fix & manage (or Settings) and export to a .vcf file.",
      "Outlook and most other address books: look for Export, or Save as, and pick vCard.",
      "Choose the .vcf file here; versions 2.1, 3.0 and 4.0 all work.",
    ],
    note: "A single .vcf file can hold any number of people.",
  },
  {
    format: "json",
    label: "coffeechat backup",
    description: "Restore a .json backup made by coffeechat",
    accept: [".json"],
    multiple: false,
    fileHint: "your coffeechat backup (.json)",
    steps: [
      "On the coffeechat you are leaving, download the backup: Import & export, then Export, then Backup.",
      "Choose that file here. You see what it holds before anything is restored.",
    ],
    note: "A backup restores into an empty coffeechat only, so nothing here is mixed up or overwritten.",
  },
];

export function importSource(format: string | null | undefined): ImportSource {
  return IMPORT_SOURCES.find((source) => source.format === format) ?? (IMPORT_SOURCES[0] as ImportSource);
}

/** The files whose name does not end in one of the source's endings. */
export function unexpectedFiles(source: ImportSource, files: readonly { name: string }[]): string[] {
  return files
    .filter((file) => !source.accept.some((ending) => file.name.toLowerCase().endsWith(ending)))
    .map((file) => file.name);
}

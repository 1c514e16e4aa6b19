// What the data commands do, on this computer's database or on a hosted server through its API:
// the same calls, the same answers. session.ts chooses which, once; the commands do not know.
import path from "node:path";
import type { Agenda } from "../core/agenda.js";
import type { Analytics } from "../core/analytics.schema.js";
import type { Contact } from "../core/contact.js";
import type { ContactCreateInput, ContactListQuery, ContactUpdateInput } from "../core/contact.schema.js";
import type { Conversation } from "../core/conversation.js";
import type {
  ConversationCreateInput,
  ConversationListQuery,
  StageMoveInput,
} from "../core/conversation.schema.js";
import { formatLineRef, type LineRef } from "../core/import-plan.js";
import type { Page } from "../core/page.js";
import type { SearchQuery, SearchResult } from "../core/search.schema.js";
import type { Settings } from "../core/settings.schema.js";
import type { ServiceContext } from "../services/context.js";
import type { getConversationDetail } from "../services/conversations.service.js";
import type { ExportOptions } from "../services/exports.service.js";
import type { ExportFormat, ImportFormat, ImportResult, NamedFile } from "../services/files.service.js";
import { fileLines } from "./file-sink.js";
import { Remote } from "./remote.js";

export type ConversationDetail = Awaited<ReturnType<typeof getConversationDetail>>;

export interface ImportOptions {
  dryRun: boolean;
  me?: string | undefined;
  sameAs?: readonly LineRef[];
  /** How far the writing is (this computer only; a server answers when it is done). */
  onProgress?: (done: number, total: number) => void;
}

/** The data commands' calls, wherever the data is. */
export interface Data {
  /** Where the data is: "this computer" or the server's address. */
  readonly where: string;
  listContacts(query: ContactListQuery): Promise<Page<Contact>>;
  getContact(id: string): Promise<Contact>;
  createContact(input: ContactCreateInput): Promise<Contact>;
  updateContact(id: string, input: ContactUpdateInput): Promise<Contact>;
  archiveContact(id: string): Promise<Contact>;
  restoreContact(id: string): Promise<Contact>;
  agenda(): Promise<Agenda>;
  settings(): Promise<Settings>;
  search(query: SearchQuery): Promise<SearchResult>;
  analytics(): Promise<Analytics>;
  listConversations(query: ConversationListQuery): Promise<Page<Conversation>>;
  getConversation(id: string): Promise<ConversationDetail>;
  createConversation(input: ConversationCreateInput): Promise<Conversation>;
  moveConversation(id: string, input: StageMoveInput): Promise<Conversation>;
  /** Writes the export piece by piece, as it is read. */
  exportTo(
    format: ExportFormat,
    options: ExportOptions,
    write: (chunk: string) => Promise<void>,
  ): Promise<void>;
  importFiles(format: ImportFormat, files: NamedFile[], options: ImportOptions): Promise<ImportResult>;
  /** A JSON backup of any size, read from the file as it is needed. */
  importBackupFile(file: string, options: { dryRun: boolean }): Promise<ImportResult>;
}

// Each command loads only the services it calls.
const contacts = () => import("../services/contacts.service.js");
const conversations = () => import("../services/conversations.service.js");
const files = () => import("../services/files.service.js");

/** This computer's database, through the services. */
export function localData(ctx: ServiceContext): Data {
  return {
    where: "this computer",
    listContacts: async (query) => (await contacts()).listContacts(ctx, query),
    getContact: async (id) => (await contacts()).getContact(ctx, id),
    createContact: async (input) => (await contacts()).createContact(ctx, input),
    updateContact: async (id, input) => (await contacts()).updateContact(ctx, id, input),
    archiveContact: async (id) => (await contacts()).archiveContact(ctx, id),
    restoreContact: async (id) => (await contacts()).restoreContact(ctx, id),
    agenda: async () => (await import("../services/agenda.service.js")).getAgenda(ctx),
    settings: async () => (await import("../services/settings.service.js")).getSettings(ctx),
    search: async (query) => (await import("../services/search.service.js")).search(ctx, query),
    analytics: async () => (await import("../services/analytics.service.js")).getAnalytics(ctx),
    listConversations: async (query) => (await conversations()).listConversations(ctx, query),
    getConversation: async (id) => (await conversations()).getConversationDetail(ctx, id),
    createConversation: async (input) => (await conversations()).createConversation(ctx, input),
    moveConversation: async (id, input) => (await conversations()).moveConversation(ctx, id, input),
    exportTo: async (format, options, write) =>
      (await import("../services/exports.service.js")).streamExport(ctx, format, options).write(write),
    importFiles: async (format, named, options) =>
      (await files()).importFiles(ctx, format, named, {
        dryRun: options.dryRun,
        me: options.me,
        ...(options.sameAs ? { sameAs: options.sameAs } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    importBackupFile: async (file, options) =>
      (await files()).importBackup(ctx, { name: path.basename(file), lines: () => fileLines(file) }, options),
  };
}

const id = (value: string) => ({ id: encodeURIComponent(value) });

/** A hosted server, through its API with the person's token. */
export function remoteData(remote: Remote): Data {
  const { api } = remote;
  const importQuery = (options: ImportOptions, name?: string) => {
    const query = new URLSearchParams();
    if (options.dryRun) query.set("dryRun", "true");
    if (options.me) query.set("me", options.me);
    if (options.sameAs?.length) query.set("sameAs", options.sameAs.map(formatLineRef).join(","));
    if (name) query.set("name", name);
    const text = query.toString();
    return text ? `?${text}` : "";
  };
  return {
    where: remote.login.url,
    listContacts: (query) => remote.call(api.contacts.$get({ query })),
    getContact: (contactId) => remote.call(api.contacts[":id"].$get({ param: id(contactId) })),
    createContact: (input) => remote.call(api.contacts.$post({ json: input })),
    updateContact: (contactId, input) =>
      remote.call(api.contacts[":id"].$patch({ param: id(contactId), json: input })),
    archiveContact: (contactId) => remote.call(api.contacts[":id"].archive.$post({ param: id(contactId) })),
    restoreContact: (contactId) => remote.call(api.contacts[":id"].restore.$post({ param: id(contactId) })),
    agenda: () => remote.call(api.agenda.$get()),
    settings: () => remote.call(api.settings.$get()),
    search: (query) => remote.call(api.search.$get({ query })),
    analytics: () => remote.call(api.analytics.$get()),
    listConversations: (query) => remote.call(api.conversations.$get({ query })),
    getConversation: (conversationId) =>
      remote.call(api.conversations[":id"].$get({ param: id(conversationId) })),
    createConversation: (input) => remote.call(api.conversations.$post({ json: input })),
    moveConversation: (conversationId, input) =>
      remote.call(api.conversations[":id"].stage.$post({ param: id(conversationId), json: input })),
    async exportTo(format, options, write) {
      const query = new URLSearchParams();
      if (options.ids) query.set("ids", options.ids.join(","));
      if (options.vcardVersion) query.set("vcardVersion", options.vcardVersion);
      const response = await remote.fetch(`/api/export/${format}${query.size ? `?${query}` : ""}`);
      if (!response.body) return;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        if (text) await write(text);
      }
      const rest = decoder.decode();
      if (rest) await write(rest);
    },
    async importFiles(format, named, options) {
      const form = new FormData();
      for (const file of named) {
        const content = typeof file.content === "string" ? file.content : new Uint8Array(file.content);
        form.append("file", new Blob([content]), file.name);
      }
      const response = await remote.fetch(`/api/import/${format}${importQuery(options)}`, {
        method: "POST",
        body: form,
      });
      return (await response.json()) as ImportResult;
    },
    async importBackupFile(file, options) {
      const { body, headers, duplex } = Remote.fileBody(file);
      const response = await remote.fetch(`/api/import/json${importQuery(options, path.basename(file))}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/octet-stream" },
        body,
        duplex,
      } as RequestInit);
      return (await response.json()) as ImportResult;
    },
  };
}

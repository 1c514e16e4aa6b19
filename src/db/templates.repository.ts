// Outreach templates: each user's copy of our library (seeded on first use) and their own.
import type { Kysely, Selectable } from "kysely";
import type { TemplateChannel, TemplateKind } from "../core/template.js";
import { templateVariables } from "../core/template.js";
import { BUILTIN_TEMPLATES } from "../core/template-library.js";
import { newId } from "./ids.js";
import type { Database, TemplatesTable } from "./schema.js";

export interface Template {
  id: string;
  builtinKey: string | null;
  kind: TemplateKind;
  channel: TemplateChannel;
  name: string;
  subject: string;
  body: string;
  position: number;
  hidden: boolean;
  /** Whether a library template was changed from our text. */
  edited: boolean;
  variables: string[];
  createdAt: string;
  updatedAt: string;
}

const library = new Map(BUILTIN_TEMPLATES.map((t) => [t.builtinKey, t]));

export function toTemplate(row: Selectable<TemplatesTable>): Template {
  const original = row.builtin_key ? library.get(row.builtin_key) : undefined;
  return {
    id: row.id,
    builtinKey: row.builtin_key,
    kind: row.kind as TemplateKind,
    channel: row.channel as TemplateChannel,
    name: row.name,
    subject: row.subject,
    body: row.body,
    position: row.position,
    hidden: row.hidden_at !== null,
    edited: original ? original.subject !== row.subject || original.body !== row.body : false,
    variables: [...new Set([...templateVariables(row.subject), ...templateVariables(row.body)])],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Adds the library templates a user does not have yet; safe when two instances race. */
export async function seedTemplates(db: Kysely<Database>, ownerId: string, now: string): Promise<void> {
  const have = await db
    .selectFrom("templates")
    .select("builtin_key")
    .where("owner_id", "=", ownerId)
    .where("builtin_key", "is not", null)
    .execute();
  const known = new Set(have.map((r) => r.builtin_key));
  const missing = BUILTIN_TEMPLATES.map((t, index) => ({ t, index })).filter(
    ({ t }) => !known.has(t.builtinKey),
  );
  if (missing.length === 0) return;
  await db
    .insertInto("templates")
    .values(
      missing.map(({ t, index }) => ({
        id: newId(),
        owner_id: ownerId,
        builtin_key: t.builtinKey,
        kind: t.kind,
        channel: t.channel,
        name: t.name,
        subject: t.subject,
        body: t.body,
        position: (index + 1) * 10,
        hidden_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(["owner_id", "builtin_key"]).doNothing())
    .execute();
}

export async function findTemplateRow(db: Kysely<Database>, ownerId: string, id: string) {
  return db
    .selectFrom("templates")
    .selectAll()
    .where("owner_id", "=", ownerId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export function libraryText(builtinKey: string) {
  return library.get(builtinKey);
}

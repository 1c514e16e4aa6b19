// Outreach templates: each user's copy of our library (seeded on first use) and their own.
import type { Selectable } from "kysely";
import type { TemplateChannel, TemplateKind } from "../core/template.js";
import { templateVariables } from "../core/template.js";
import type { Template } from "../core/template.schema.js";
import { BUILTIN_TEMPLATES } from "../core/template-library.js";
import { newId } from "./ids.js";
import { Repository } from "./repository.js";
import type { TemplatesTable } from "./schema.js";

export type { Template };

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

export interface TemplateValues {
  kind: TemplateKind;
  channel: TemplateChannel;
  name: string;
  subject: string;
  body: string;
}

export interface TemplatePatch extends Partial<TemplateValues> {
  position?: number;
  hidden?: boolean;
}

export class TemplatesRepository extends Repository {
  /** Adds the library templates the owner does not have yet; safe when two instances race. */
  async seed(now: string): Promise<void> {
    const have = await this.db
      .selectFrom("templates")
      .select("builtin_key")
      .where("builtin_key", "is not", null)
      .execute();
    const known = new Set(have.map((r) => r.builtin_key));
    const missing = BUILTIN_TEMPLATES.map((t, index) => ({ t, index })).filter(
      ({ t }) => !known.has(t.builtinKey),
    );
    if (missing.length === 0) return;
    await this.db
      .insertInto("templates")
      .values(
        missing.map(({ t, index }) => ({
          id: newId(),
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

  async find(id: string): Promise<Template | undefined> {
    const row = await this.db.selectFrom("templates").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toTemplate(row) : undefined;
  }

  /** The templates in their order; hidden ones only when asked for. */
  async list(filter: { kind?: TemplateKind | undefined; includeHidden: boolean }): Promise<Template[]> {
    let query = this.db.selectFrom("templates").selectAll();
    if (filter.kind) query = query.where("kind", "=", filter.kind);
    if (!filter.includeHidden) query = query.where("hidden_at", "is", null);
    const rows = await query.orderBy("position").orderBy("created_at").orderBy("id").execute();
    return rows.map(toTemplate);
  }

  /** Adds a template of the owner's own, after the last one; answers its id. */
  async create(values: TemplateValues, now: string): Promise<string> {
    const last = await this.db
      .selectFrom("templates")
      .select((eb) => eb.fn.max("position").as("max"))
      .executeTakeFirst();
    const id = newId();
    await this.db
      .insertInto("templates")
      .values({
        id,
        builtin_key: null,
        kind: values.kind,
        channel: values.channel,
        name: values.name,
        subject: values.subject,
        body: values.body,
        position: Number(last?.max ?? 0) + 10,
        hidden_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  async update(id: string, patch: TemplatePatch, now: string): Promise<void> {
    await this.db
      .updateTable("templates")
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.channel !== undefined ? { channel: patch.channel } : {}),
        ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        ...(patch.position !== undefined ? { position: patch.position } : {}),
        ...(patch.hidden !== undefined ? { hidden_at: patch.hidden ? now : null } : {}),
        updated_at: now,
      })
      .where("id", "=", id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom("templates").where("id", "=", id).execute();
  }
}

export function libraryText(builtinKey: string) {
  return library.get(builtinKey);
}

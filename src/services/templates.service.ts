// The template library: list, edit, add, hide, and fill a template in for a contact.
import { NotFoundError, ValidationError } from "../core/errors.js";
import { type RenderedTemplate, renderTemplate } from "../core/template.js";
import { findConversation } from "../db/conversations.repository.js";
import { newId } from "../db/ids.js";
import {
  findTemplateRow,
  libraryText,
  seedTemplates,
  type Template,
  toTemplate,
} from "../db/templates.repository.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";
import { knownValues } from "./template-values.js";
import {
  TemplateCreateInput,
  TemplateListQuery,
  TemplateRenderInput,
  TemplateUpdateInput,
} from "./templates.input.js";

export async function listTemplates(ctx: ServiceContext, raw: TemplateListQuery = {}): Promise<Template[]> {
  const query = parseInput(TemplateListQuery, raw);
  await seedTemplates(ctx.db.kysely, ctx.user.id, nowIso(ctx));
  let select = ctx.db.kysely.selectFrom("templates").selectAll().where("owner_id", "=", ctx.user.id);
  if (query.kind) select = select.where("kind", "=", query.kind);
  if (!query.includeHidden) select = select.where("hidden_at", "is", null);
  const rows = await select.orderBy("position").orderBy("created_at").orderBy("id").execute();
  return rows.map(toTemplate);
}

export async function getTemplate(ctx: ServiceContext, id: string): Promise<Template> {
  await seedTemplates(ctx.db.kysely, ctx.user.id, nowIso(ctx));
  const row = await findTemplateRow(ctx.db.kysely, ctx.user.id, id);
  if (!row) throw new NotFoundError("template", id);
  return toTemplate(row);
}

export async function createTemplate(ctx: ServiceContext, raw: TemplateCreateInput): Promise<Template> {
  const input = parseInput(TemplateCreateInput, raw);
  const now = nowIso(ctx);
  const last = await ctx.db.kysely
    .selectFrom("templates")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("owner_id", "=", ctx.user.id)
    .executeTakeFirst();
  const id = newId();
  const channel = input.channel ?? (input.kind === "linkedin-note" ? "linkedin" : "email");
  await ctx.db.kysely
    .insertInto("templates")
    .values({
      id,
      owner_id: ctx.user.id,
      builtin_key: null,
      kind: input.kind,
      channel,
      name: input.name,
      subject: channel === "linkedin" ? "" : (input.subject ?? ""),
      body: input.body,
      position: Number(last?.max ?? 0) + 10,
      hidden_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return getTemplate(ctx, id);
}

export async function updateTemplate(
  ctx: ServiceContext,
  id: string,
  raw: TemplateUpdateInput,
): Promise<Template> {
  const input = parseInput(TemplateUpdateInput, raw);
  const current = await getTemplate(ctx, id);
  const original = input.reset
    ? current.builtinKey
      ? libraryText(current.builtinKey)
      : undefined
    : undefined;
  if (input.reset && !original) {
    throw new ValidationError(
      "reset: only a template from our library can be put back to its text.",
      "reset",
    );
  }
  const now = nowIso(ctx);
  await ctx.db.kysely
    .updateTable("templates")
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.channel !== undefined ? { channel: input.channel } : {}),
      ...(input.subject !== undefined ? { subject: input.subject } : {}),
      ...(input.body !== undefined ? { body: input.body } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
      ...(input.hidden !== undefined ? { hidden_at: input.hidden ? now : null } : {}),
      ...(original ? { name: original.name, subject: original.subject, body: original.body } : {}),
      updated_at: now,
    })
    .where("owner_id", "=", ctx.user.id)
    .where("id", "=", id)
    .execute();
  return getTemplate(ctx, id);
}

/** Deletes a template of the user's own; one from our library is hidden instead (it can come back). */
export async function deleteTemplate(
  ctx: ServiceContext,
  id: string,
): Promise<{ deleted: boolean; hidden: boolean }> {
  const current = await getTemplate(ctx, id);
  if (current.builtinKey) {
    await updateTemplate(ctx, id, { hidden: true });
    return { deleted: false, hidden: true };
  }
  await ctx.db.kysely
    .deleteFrom("templates")
    .where("owner_id", "=", ctx.user.id)
    .where("id", "=", id)
    .execute();
  return { deleted: true, hidden: false };
}

export interface RenderedDraft extends RenderedTemplate {
  templateId: string;
  kind: Template["kind"];
  channel: Template["channel"];
}

/** The template filled in for a contact; what is still missing is named and left visible. */
export async function renderTemplateFor(
  ctx: ServiceContext,
  id: string,
  raw: TemplateRenderInput,
): Promise<RenderedDraft> {
  const input = parseInput(TemplateRenderInput, raw);
  const template = await getTemplate(ctx, id);
  const contact = await getContact(ctx, input.contactId).catch((error) => {
    if (error instanceof NotFoundError) {
      throw new ValidationError(`contactId: no contact with id ${input.contactId}.`, "contactId");
    }
    throw error;
  });
  const conversation = input.conversationId
    ? ((await findConversation(ctx.db.kysely, ctx.user.id, input.conversationId)) ?? null)
    : null;
  if (input.conversationId && (!conversation || conversation.contactId !== contact.id)) {
    throw new ValidationError("conversationId: no such conversation with this contact.", "conversationId");
  }
  const known = await knownValues(ctx, contact, conversation);
  const given = Object.fromEntries(Object.entries(input.values ?? {}).filter(([, v]) => v.trim() !== ""));
  const rendered = renderTemplate(template, { ...known, ...given });
  return { ...rendered, templateId: template.id, kind: template.kind, channel: template.channel };
}

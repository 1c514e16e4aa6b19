// The template library: list, edit, add, hide, and fill a template in for a contact.
import { NotFoundError, ValidationError } from "../core/errors.js";
import { renderTemplate } from "../core/template.js";
import {
  type Draft,
  type Template,
  TemplateCreateInput,
  TemplateListQuery,
  TemplateRenderInput,
  TemplateUpdateInput,
} from "../core/template.schema.js";
import { libraryText } from "../db/templates.repository.js";
import { getContact } from "./contacts.service.js";
import { nowIso, type ServiceContext } from "./context.js";
import { parseInput } from "./errors.js";
import { introductionValues, knownValues } from "./template-values.js";

export async function listTemplates(ctx: ServiceContext, raw: TemplateListQuery = {}): Promise<Template[]> {
  const query = parseInput(TemplateListQuery, raw);
  await ctx.repos.templates.seed(nowIso(ctx));
  return ctx.repos.templates.list({ kind: query.kind, includeHidden: query.includeHidden });
}

export async function getTemplate(ctx: ServiceContext, id: string): Promise<Template> {
  await ctx.repos.templates.seed(nowIso(ctx));
  const template = await ctx.repos.templates.find(id);
  if (!template) throw new NotFoundError("template", id);
  return template;
}

export async function createTemplate(ctx: ServiceContext, raw: TemplateCreateInput): Promise<Template> {
  const input = parseInput(TemplateCreateInput, raw);
  const channel = input.channel ?? (input.kind === "linkedin-note" ? "linkedin" : "email");
  const id = await ctx.repos.templates.create(
    {
      kind: input.kind,
      channel,
      name: input.name,
      subject: channel === "linkedin" ? "" : (input.subject ?? ""),
      body: input.body,
    },
    nowIso(ctx),
  );
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
  const { reset: _reset, ...patch } = input;
  await ctx.repos.templates.update(
    id,
    {
      ...patch,
      ...(original ? { name: original.name, subject: original.subject, body: original.body } : {}),
    },
    nowIso(ctx),
  );
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
  await ctx.repos.templates.delete(id);
  return { deleted: true, hidden: false };
}

export type RenderedDraft = Draft;

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
    ? ((await ctx.repos.conversations.find(input.conversationId)) ?? null)
    : null;
  if (input.conversationId && (!conversation || conversation.contactId !== contact.id)) {
    throw new ValidationError("conversationId: no such conversation with this contact.", "conversationId");
  }
  const known = input.introduceToId
    ? await introductionValues(ctx, contact, input.introduceToId, conversation)
    : await knownValues(ctx, contact, conversation);
  const given = Object.fromEntries(Object.entries(input.values ?? {}).filter(([, v]) => v.trim() !== ""));
  const rendered = renderTemplate(template, { ...known, ...given });
  return { ...rendered, templateId: template.id, kind: template.kind, channel: template.channel };
}

// Imports people from a file: preview what would change, then apply it all in one transaction.
import { nameKey } from "../core/contact.js";
import { type ContactValues, NEW_CONTACT } from "../core/contact.schema.js";
import { type ImportPlan, type LineRef, planImport } from "../core/import-plan.js";
import type { ImportedTouch } from "../db/import.repository.js";
import type { ImportedContact, ImportedInteraction } from "../integrations/imported.js";
import { distinct } from "./contact-values.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";

export interface ImportSummary {
  dryRun: boolean;
  counts: ImportPlan["counts"];
  /** Per line: what happens to it. */
  items: Array<Omit<ImportPlan["items"][number], "patch">>;
  /** Things in the file that were not kept, in words. */
  dropped: string[];
  interactions: { added: number; alreadyThere: number; unmatched: number };
}

/** A person the import adds, as the values we store (this runs for every line). */
function newContactValues(record: ImportedContact, orgIds: Map<string, string>): ContactValues {
  return {
    ...NEW_CONTACT,
    firstName: record.firstName,
    lastName: record.lastName,
    emails: record.emails.length > 1 ? distinct(record.emails) : record.emails,
    phones: record.phones,
    linkedinUrl: record.linkedinUrl,
    organizationId: record.organization ? (orgIds.get(nameKey(record.organization)) ?? null) : null,
    organization: record.organization,
    title: record.title,
    location: record.location,
    timeZone: record.timeZone ?? null,
    source: record.source,
    sourceDetail: record.sourceDetail ?? (record.connectedOn ? `Connected on ${record.connectedOn}` : null),
    mayMentionIntroducer: record.extra?.mayMentionIntroducer ?? null,
    relationshipStrength: (record.relationshipStrength ?? "new") as ContactValues["relationshipStrength"],
    needs: record.needs ?? "",
    notes: record.notes,
    lastTouchAt: record.extra?.lastTouchAt ?? null,
    nextTouchAt: record.extra?.nextTouchAt ?? null,
    stayInTouchDays: record.stayInTouchDays ?? null,
  };
}

/**
 * Previews (dryRun) or applies an import of people. Applying writes everything in one transaction:
 * if anything fails, nothing is written. A line in `sameAs` that is not a possible duplicate is a
 * ValidationError (field `sameAs`), before anything is written.
 */
export async function importContacts(
  ctx: ServiceContext,
  records: readonly ImportedContact[],
  options: {
    dryRun: boolean;
    interactions?: readonly ImportedInteraction[];
    /** Possible duplicates the user says are the same person as the one the preview names for them. */
    sameAs?: readonly LineRef[];
    /** Told how many of the new people are written so far. */
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportSummary> {
  const now = nowIso(ctx);
  return withTransaction(ctx, async (tx) => {
    const people = await tx.repos.imports.existingPeople();
    const plan = planImport(
      people,
      records.map((record) =>
        record.emails.length > 1 ? { ...record, emails: distinct(record.emails) } : record,
      ),
      { sameAs: options.sameAs ?? [] },
    );
    const summary: ImportSummary = {
      dryRun: options.dryRun,
      counts: plan.counts,
      items: plan.items.map(({ patch: _patch, ...item }) => item),
      dropped: [...new Set(records.flatMap((r) => r.dropped))],
      interactions: { added: 0, alreadyThere: 0, unmatched: 0 },
    };
    if (options.dryRun) return summary;

    // Items are in the order of the records; a new person's record takes what later lines add to it.
    const created = plan.items.flatMap((item, at) =>
      item.action === "new" || item.action === "duplicate"
        ? [{ ...records[at], ...item.patch } as ImportedContact]
        : [],
    );
    const updated = plan.items.filter((i) => i.action === "update");
    const orgNames = [
      ...created.map((record) => record.organization),
      ...updated.map((i) => i.patch.organization),
    ].filter((n): n is string => Boolean(n));
    const orgIds = await tx.repos.imports.organizationIds(orgNames, now);
    const createdIds = await tx.repos.imports.addPeople(
      created.map((record) => newContactValues(record, orgIds)),
      people.length,
      now,
      options.onProgress,
    );
    // Updates only fill what was empty; they are few, so one statement each.
    const current = new Map(people.map((p) => [p.id, p]));
    for (const item of updated) {
      const person = current.get(item.contactId ?? "");
      if (!person) continue;
      const merged = { ...person, ...item.patch };
      const organizationId = item.patch.organization
        ? orgIds.get(nameKey(item.patch.organization))
        : undefined;
      await tx.repos.contacts.update(
        person.id,
        {
          emails: merged.emails,
          phones: merged.phones,
          linkedinUrl: merged.linkedinUrl,
          title: merged.title,
          location: merged.location,
          notes: merged.notes,
          timeZone: merged.timeZone ?? null,
          needs: merged.needs ?? "",
          source: (merged.source ?? null) as ContactValues["source"],
          sourceDetail: merged.sourceDetail ?? null,
          relationshipStrength: (merged.relationshipStrength ??
            "new") as ContactValues["relationshipStrength"],
          stayInTouchDays: merged.stayInTouchDays ?? null,
          ...(organizationId ? { organizationId, organization: merged.organization } : {}),
        },
        now,
      );
    }
    await tx.repos.imports.addTags(
      [
        ...created.map((record, i) => ({ id: createdIds[i] as string, tags: record.tags ?? [] })),
        ...updated.map((item) => ({ id: item.contactId as string, tags: item.patch.tags ?? [] })),
      ],
      now,
    );
    await tx.repos.imports.linkIntroducers(
      created.map((record, i) => ({
        id: createdIds[i] as string,
        exportedId: record.contactId ?? null,
        introducedBy: record.extra?.introducedBy ?? null,
      })),
    );
    summary.interactions = await importInteractions(tx, options.interactions ?? [], now);
    return summary;
  });
}

/** Dated touches from a file, matched to people by profile address, then name; never twice. */
async function importInteractions(
  ctx: ServiceContext,
  interactions: readonly ImportedInteraction[],
  now: string,
): Promise<ImportSummary["interactions"]> {
  const result = { added: 0, alreadyThere: 0, unmatched: 0 };
  if (interactions.length === 0) return result;
  const people = await ctx.repos.imports.existingPeople();
  const byUrl = new Map(people.filter((p) => p.linkedinUrl).map((p) => [p.linkedinUrl as string, p.id]));
  const byName = new Map(people.map((p) => [nameKey(`${p.firstName} ${p.lastName}`), p.id]));
  const seen = await ctx.repos.imports.knownLinkedinTouches();
  const touches: ImportedTouch[] = [];
  for (const touch of interactions) {
    const contactId =
      (touch.linkedinUrl ? byUrl.get(touch.linkedinUrl) : undefined) ?? byName.get(nameKey(touch.name));
    if (!contactId) {
      result.unmatched += 1;
      continue;
    }
    const key = `${contactId}|${touch.occurredAt}|message`;
    if (seen.has(key)) {
      result.alreadyThere += 1;
      continue;
    }
    seen.add(key);
    touches.push({
      contactId,
      direction: touch.direction,
      occurredAt: touch.occurredAt,
      summary: touch.kind === "invitation" ? `LinkedIn invitation: ${touch.summary}`.trim() : touch.summary,
    });
  }
  await ctx.repos.imports.addLinkedinTouches(touches, now);
  result.added = touches.length;
  return result;
}

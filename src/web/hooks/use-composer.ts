// The composer's draft: a template rendered for a contact, the values I fill in, and my own edits.
// While the text is as rendered, a value typed re-renders it (through the API, debounced); once I have
// edited it, a value fills its {{placeholder}} when I leave the field, so my edits are never lost.
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { checkOutreach } from "../../core/outreach-checks.js";
import { fillPlaceholders, placeholdersIn } from "../../core/outreach-rules.js";
import { isVariableName, type VariableName } from "../../core/template.js";
import { api, byId, call, init } from "../api/client.js";
import type { Template } from "../api/types.js";

interface DraftText {
  /** Which template and contact the text was rendered for. */
  key: string;
  subject: string;
  body: string;
  /** The text as last rendered, to tell my edits from it. */
  rendered: { subject: string; body: string };
}

const EMPTY: DraftText = { key: "", subject: "", body: "", rendered: { subject: "", body: "" } };

/** The values filled in (not blank), by variable name. */
function filled(values: Record<string, string>): Partial<Record<VariableName, string>> {
  const result: Partial<Record<VariableName, string>> = {};
  for (const [name, value] of Object.entries(values)) {
    if (isVariableName(name) && value.trim() !== "") result[name] = value;
  }
  return result;
}

export function useComposer({
  template,
  contactId,
  conversationId,
  introduceTo = null,
  initialValues,
}: {
  template: Template | null;
  contactId: string;
  conversationId: string | null;
  /** For a request for an introduction: the person to be introduced to (they fill the template). */
  introduceTo?: string | null;
  /** Values known before the first render, e.g. the specific point picked for a thank-you. */
  initialValues?: Record<string, string>;
}) {
  const [values, setValues] = useState<Record<string, string>>(() => initialValues ?? {});
  const [debouncedValues] = useDebouncedValue(values, 300);
  const [draft, setDraft] = useState<DraftText>(EMPTY);
  const templateId = template?.id ?? "";
  const key = `${templateId}|${contactId}|${conversationId ?? ""}|${introduceTo ?? ""}`;

  const render = useQuery({
    queryKey: [
      "templates",
      "render",
      templateId,
      contactId,
      conversationId,
      introduceTo,
      filled(debouncedValues),
    ],
    queryFn: ({ signal }) =>
      call(
        api.templates[":id"].render.$post(
          {
            param: byId(templateId),
            json: {
              contactId,
              conversationId,
              ...(introduceTo ? { introduceToId: introduceTo } : {}),
              values: filled(debouncedValues),
            },
          },
          init(signal),
        ),
      ),
    enabled: Boolean(templateId && contactId),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  const edited = draft.subject !== draft.rendered.subject || draft.body !== draft.rendered.body;
  const current = draft.key === key;

  // A fresh render replaces the text unless I have edited this very draft.
  useEffect(() => {
    const data = render.data;
    if (!data || render.isPlaceholderData || data.templateId !== templateId) return;
    setDraft((now) => {
      const mine =
        now.key === key && (now.subject !== now.rendered.subject || now.body !== now.rendered.body);
      if (mine) return now;
      return {
        key,
        subject: data.subject,
        body: data.body,
        rendered: { subject: data.subject, body: data.body },
      };
    });
  }, [render.data, render.isPlaceholderData, templateId, key]);

  /** The variables to ask for: those the render could not fill, and those asked before. */
  const [asked, setAsked] = useState<string[]>([]);
  useEffect(() => {
    if (!render.data || render.isPlaceholderData) return;
    const missing = render.data.missing;
    setAsked((before) => {
      // Once asked, a field stays (clearing it to retype must not make it vanish).
      const used = placeholdersIn(`${template?.subject ?? ""}\n${template?.body ?? ""}`);
      const next = used.filter((name) => missing.includes(name) || before.includes(name));
      return next.length === before.length && next.every((name, i) => name === before[i]) ? before : next;
    });
  }, [render.data, render.isPlaceholderData, template]);

  const setValue = useCallback((name: string, value: string) => {
    setValues((now) => ({ ...now, [name]: value }));
  }, []);

  /** Leaving a value's field: in an edited draft, the value fills its placeholders still in the text. */
  const commitValue = useCallback(
    (name: string) => {
      if (!edited) return;
      const value = values[name] ?? "";
      if (!value.trim()) return;
      setDraft((now) => ({
        ...now,
        subject: fillPlaceholders(now.subject, { [name]: value }),
        body: fillPlaceholders(now.body, { [name]: value }),
      }));
    },
    [edited, values],
  );

  const setText = useCallback((field: "subject" | "body", text: string) => {
    setDraft((now) => ({ ...now, [field]: text }));
  }, []);

  /** Throws my edits away: the text becomes the template rendered with the values as they are. */
  const startOver = useCallback(() => {
    const data = render.data;
    if (!data || data.templateId !== templateId) return;
    setDraft({
      key,
      subject: data.subject,
      body: data.body,
      rendered: { subject: data.subject, body: data.body },
    });
  }, [render.data, templateId, key]);

  const subject = current ? draft.subject : "";
  const body = current ? draft.body : "";
  const deferredSubject = useDeferredValue(subject);
  const deferredBody = useDeferredValue(body);
  const checks = useMemo(
    () =>
      template
        ? checkOutreach({
            channel: template.channel,
            subject: template.channel === "email" ? deferredSubject : undefined,
            body: deferredBody,
            purpose: template.kind,
            // What I typed for a value that lands mid-sentence is checked as part of its sentence.
            ...(values.learnGoal !== undefined ? { fillIns: { learnGoal: values.learnGoal } } : {}),
          })
        : [],
    [template, deferredSubject, deferredBody, values.learnGoal],
  );
  const placeholders = useMemo(() => placeholdersIn(`${subject}\n${body}`), [subject, body]);

  return {
    /** Whether the text for this template and contact has arrived. */
    ready: current,
    rendering: render.isFetching,
    renderError: render.error,
    retryRender: () => void render.refetch(),
    subject,
    body,
    setText,
    edited: current && edited,
    startOver,
    values,
    setValue,
    commitValue,
    asked,
    checks,
    /** The {{placeholders}} still in the text. */
    placeholders,
  };
}

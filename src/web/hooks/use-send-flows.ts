// The four ways a draft leaves the composer: sent now or scheduled through the outbox, or opened in
// the mail app / copied and then logged as sent. What blocks sending follows the server's rules
// (core/outreach-rules.ts); an error the server names a field for is shown on that field.
import { useEffect, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { sendAtGap, sendGaps } from "../../core/outreach-rules.js";
import type { TemplateKind } from "../../core/template.js";
import { ApiError } from "../api/http.js";
import type { Contact, Template } from "../api/types.js";
import { copyText } from "../lib/clipboard.js";
import { fromLocalInputs, shortDateTime, toLocalInputs } from "../lib/datetime.js";
import { focusField } from "../lib/field-id.js";
import { purposeOfKind } from "../lib/outreach.js";
import { useToast } from "../lib/toast-context.js";
import { useMailSettings } from "./mail-settings.js";
import { useLogMessage } from "./messages.js";
import { useSendTime } from "./send-time.js";
import type { useComposer } from "./use-composer.js";
import type { LeaveGuard } from "./use-leave-guard.js";

export type SendField = "to" | "subject" | "body" | "sendAt" | "send";
const FIELDS = new Set<string>(["to", "subject", "body", "sendAt", "send"]);

const KIND_NOUNS: Record<TemplateKind, string> = {
  request: "request",
  "intro-request": "request for an introduction",
  "linkedin-note": "note",
  "follow-up": "follow-up",
  "thank-you": "thank-you",
  "stay-in-touch": "update",
};

type Composer = ReturnType<typeof useComposer>;

/** Why "Send now" cannot be pressed yet, in the order a writer fixes things; null when it can. */
function sendBlockedReason(
  composer: Composer,
  mailConfigured: boolean | undefined,
  contact: Contact | undefined,
): string | null {
  if (!composer.ready) return "The draft is not ready yet.";
  if (mailConfigured === false) return "Mail is not set up.";
  const gaps = sendGaps({ subject: composer.subject, body: composer.body, to: contact?.emails[0] });
  if (contact && gaps.includes("to")) return `${contact.fullName} has no e-mail address.`;
  if (composer.placeholders.length > 0)
    return `Fill in ${composer.placeholders.map((p) => `{{${p}}}`).join(", ")} first.`;
  if (gaps.includes("subject")) return "Give the e-mail a subject.";
  if (gaps.includes("body")) return "Write the message first.";
  return null;
}

export function useSendFlows({
  template,
  contact,
  conversationId,
  composer,
  back,
  leave,
}: {
  template: Template;
  contact: Contact | undefined;
  conversationId: string | null;
  composer: Composer;
  back: string | null;
  /** The page's question before leaving an edited draft: sending lets the page go. */
  leave?: Pick<LeaveGuard, "allow" | "guard">;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const mail = useMailSettings();
  const email = template.channel === "email";
  const advice = useSendTime(contact?.id ?? null, email);
  const send = useLogMessage();
  const [errors, setErrors] = useState<Partial<Record<SendField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<"mail-app" | "copied" | null>(null);
  const [busy, setBusy] = useState<"now" | "at" | "logged" | null>(null);
  const [when, setWhen] = useState({ date: "", time: "", touched: false });
  const name = contact?.fullName ?? "them";
  const noun = KIND_NOUNS[template.kind];

  // The advised moment is the default, until I choose another.
  useEffect(() => {
    if (advice.data && !when.touched) setWhen({ ...toLocalInputs(advice.data.at), touched: false });
  }, [advice.data, when.touched]);
  const sendAt = fromLocalInputs(when.date, when.time);

  const sendBlocked = useMemo(
    () => sendBlockedReason(composer, mail.data?.configured, contact),
    [composer, mail.data?.configured, contact],
  );

  const base = {
    contactId: contact?.id ?? "",
    conversationId: conversationId ?? undefined,
    purpose: purposeOfKind(template.kind),
    subject: email ? composer.subject : "",
    body: composer.body,
  };

  function showError(error: unknown) {
    if (error instanceof ApiError && error.field && FIELDS.has(error.field)) {
      setErrors({ [error.field]: error.fieldMessage });
      if (error.field !== "send") focusField("compose", error.field === "sendAt" ? "date" : error.field);
      return;
    }
    setFailure(error instanceof Error ? error.message : "Something went wrong.");
  }

  /** Runs one way of sending: clears what an earlier try showed, shows what this one meets. */
  async function run(kind: "now" | "at" | "logged", action: () => Promise<void>) {
    setBusy(kind);
    leave?.allow();
    try {
      await action();
    } catch (error) {
      leave?.guard();
      showError(error);
    } finally {
      setBusy(null);
    }
  }

  async function sendNow() {
    if (sendBlocked || busy) return;
    setErrors({});
    setFailure(null);
    await run("now", async () => {
      await send.mutateAsync({ ...base, channel: "email", templateId: template.id, send: "now" });
      toast({
        title: "Sending",
        message: `Your ${noun} to ${name} is on its way.`,
        action: { label: "Open the outbox", onClick: () => navigate("/outbox") },
      });
      navigate(back ?? "/outbox");
    });
  }

  async function schedule() {
    if (sendBlocked || busy) return;
    setErrors({});
    setFailure(null);
    const gap = sendAtGap(sendAt, new Date());
    if (gap || !sendAt) {
      setErrors({
        sendAt:
          gap === "past"
            ? "This time has passed: choose one to come, or send it now."
            : "Choose a day and a time.",
      });
      focusField("compose", "date");
      return;
    }
    await run("at", async () => {
      await send.mutateAsync({ ...base, channel: "email", templateId: template.id, send: "at", sendAt });
      toast({ title: "Scheduled", message: `Your ${noun} to ${name} goes out ${shortDateTime(sendAt)}.` });
      navigate("/outbox");
    });
  }

  async function logSent() {
    setFailure(null);
    await run("logged", async () => {
      await send.mutateAsync({
        ...base,
        channel: template.channel,
        direction: "outbound",
        status: "sent",
        sentAt: new Date().toISOString(),
      });
      setPrompt(null);
      const asking = ["request", "linkedin-note", "intro-request"].includes(template.kind);
      toast({
        message: asking
          ? `Logged as sent to ${name}. coffeechat will tell you when to follow up.`
          : `Logged as sent to ${name}.`,
      });
      navigate(back ?? `/contacts/${contact?.id ?? ""}`);
    });
  }

  async function copy() {
    const text = email ? composer.body : composer.body.trim();
    if (await copyText(text)) {
      toast({ message: email ? "The text is copied." : "The note is copied." });
      setPrompt("copied");
    } else {
      toast({
        title: "Not copied",
        message: "The browser did not allow copying: select the text and copy it.",
        color: "red",
      });
    }
  }

  return {
    mail: mail.data,
    advice,
    errors,
    failure,
    prompt,
    setPrompt,
    busy,
    when,
    /** A day or time typed: the advice no longer replaces it. */
    setWhen: (field: "date" | "time", value: string) =>
      setWhen((now) => ({ ...now, [field]: value, touched: true })),
    takeAdvice: () => advice.data && setWhen({ ...toLocalInputs(advice.data.at), touched: false }),
    sendBlocked,
    sendNow,
    schedule,
    logSent,
    copy,
  };
}

export type SendFlows = ReturnType<typeof useSendFlows>;

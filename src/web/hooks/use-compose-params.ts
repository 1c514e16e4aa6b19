// The composer's state kept in the address
// (`/compose?contactId=&conversationId=&purpose=&specificPoint=&introduceTo=`),
// so a link from anywhere opens the right draft and a reload keeps it.
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { kindOfPurpose } from "../lib/outreach.js";

export function useComposeParams() {
  const [params, setParams] = useSearchParams();
  const contactId = params.get("contactId") ?? "";
  const conversationId = params.get("conversationId") || null;
  /** For a request for an introduction: the person to be introduced to. */
  const introduceTo = params.get("introduceTo") || null;

  /** Another recipient: the conversation (of the one before) no longer applies. */
  const chooseContact = useCallback(
    (id: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set("contactId", id);
          else next.delete("contactId");
          next.delete("conversationId");
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    contactId,
    conversationId,
    introduceTo,
    kind: kindOfPurpose(params.get("purpose")),
    /** The specific point picked for a thank-you, known before the first render. */
    specificPoint: params.get("specificPoint")?.trim() ?? "",
    chooseContact,
    /** Where Cancel and a sent message lead: the conversation, else the contact. */
    back: conversationId ? `/conversations/${conversationId}` : contactId ? `/contacts/${contactId}` : null,
  };
}

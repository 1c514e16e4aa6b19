// The address of the compose page, on its own so that Today's links to it need none of the rest of
// the outreach helpers.
import type { Purpose } from "../../core/message.js";
import type { TemplateKind } from "../../core/template.js";

/**
 * `/compose?contactId=…&conversationId=…&purpose=…&introduceTo=…`, leaving out what is not given.
 * `introduceTo` is the person an introduction request (to `contactId`) is about.
 */
export function composeUrl(params: {
  contactId?: string | null;
  conversationId?: string | null;
  purpose?: Purpose | TemplateKind | null;
  introduceTo?: string | null;
}): string {
  const query = new URLSearchParams();
  if (params.contactId) query.set("contactId", params.contactId);
  if (params.conversationId) query.set("conversationId", params.conversationId);
  if (params.purpose) query.set("purpose", params.purpose);
  if (params.introduceTo) query.set("introduceTo", params.introduceTo);
  const text = query.toString();
  return text ? `/compose?${text}` : "/compose";
}

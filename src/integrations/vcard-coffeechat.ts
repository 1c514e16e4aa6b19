// Our own vCard properties: what coffeechat keeps that no standard property holds, written as
// X-COFFEECHAT-* and read back, so that export then import gives back every contact field.
import {
  type ContactSource,
  isTimeZone,
  parseContactSource,
  RELATIONSHIP_STRENGTHS,
} from "../core/contact-fields.js";
import type { PersonFields } from "../core/import-merge.js";
import type { ContactExtras } from "./imported.js";
import type { VCardProperty } from "./vcard-property.js";
import type { VCardVersion } from "./vcard-unfold.js";
import { textValue } from "./vcard-value.js";

export const X = {
  source: "X-COFFEECHAT-SOURCE",
  sourceDetail: "X-COFFEECHAT-SOURCE-DETAIL",
  relationship: "X-COFFEECHAT-RELATIONSHIP",
  needs: "X-COFFEECHAT-NEEDS",
  stayInTouchDays: "X-COFFEECHAT-STAY-IN-TOUCH-DAYS",
  introducedBy: "X-COFFEECHAT-INTRODUCED-BY",
  mayMention: "X-COFFEECHAT-MAY-MENTION-INTRODUCER",
  lastTouch: "X-COFFEECHAT-LAST-TOUCH",
  nextTouch: "X-COFFEECHAT-NEXT-TOUCH",
} as const;

export interface CoffeechatFields
  extends Pick<PersonFields, "sourceDetail" | "relationshipStrength" | "needs" | "stayInTouchDays"> {
  source: ContactSource | null;
  timeZone: string | null;
  extra: ContactExtras;
  /** The coffeechat id the card was exported from. */
  contactId: string | null;
}

const UUID = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Our properties of a card, and its TZ (an IANA name) and UID. */
export function coffeechatFields(
  properties: readonly VCardProperty[],
  version: VCardVersion,
): CoffeechatFields {
  const value = (name: string) => {
    const property = properties.find((p) => p.name === name);
    return property ? textValue(property, version) : "";
  };
  const ours = properties.some((p) => p.name.startsWith("X-COFFEECHAT-"));
  const zone = value("TZ").replace(/^VALUE=TEXT:/i, "");
  const strength = value(X.relationship);
  const days = Number.parseInt(value(X.stayInTouchDays), 10);
  const mayMention = value(X.mayMention).toLowerCase();
  const uid = value("UID").match(UUID)?.[1]?.toLowerCase() ?? null;
  const introducer = value(X.introducedBy).match(UUID)?.[1]?.toLowerCase() ?? null;
  return {
    timeZone: isTimeZone(zone) ? zone : null,
    source: parseContactSource(value(X.source)),
    sourceDetail: value(X.sourceDetail) || null,
    relationshipStrength: (RELATIONSHIP_STRENGTHS as readonly string[]).includes(strength) ? strength : null,
    needs: value(X.needs),
    stayInTouchDays: Number.isFinite(days) && days > 0 ? days : null,
    extra: {
      introducedBy: introducer,
      mayMentionIntroducer: mayMention === "true" ? true : mayMention === "false" ? false : null,
      lastTouchAt: value(X.lastTouch) || null,
      nextTouchAt: value(X.nextTouch) || null,
    },
    contactId: ours ? uid : null,
  };
}

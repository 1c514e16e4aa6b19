import { RELATIONSHIP_LABELS, type RelationshipStrength } from "../../core/contact-fields.js";

export const RELATIONSHIP_COLORS: Record<RelationshipStrength, string> = {
  new: "gray",
  acquaintance: "blue",
  warm: "orange",
  close: "teal",
};

/** "Warm" from "Warm: we keep in touch". */
export function relationshipShortLabel(strength: RelationshipStrength): string {
  return RELATIONSHIP_LABELS[strength].split(":")[0] ?? strength;
}

/** "we keep in touch" from "Warm: we keep in touch". */
export function relationshipMeaning(strength: RelationshipStrength): string {
  return RELATIONSHIP_LABELS[strength].split(":").slice(1).join(":").trim();
}

// Reading vCard 2.1, 3.0 and 4.0 files (Apple Contacts, Google, Android, Outlook) into ImportedContacts.
import type { ImportedContact } from "./imported.js";
import { splitCards } from "./vcard-cards.js";
import { importedContactFromCard } from "./vcard-contact.js";
import { parseProperty, type VCardProperty } from "./vcard-property.js";
import { physicalLines } from "./vcard-source.js";
import { cardVersion, unfoldLines } from "./vcard-unfold.js";

/**
 * Every card of a .vcf file, in order, each with the line of its BEGIN:VCARD. Throws ImportFormatError
 * (with the line) for an empty file, a binary file, a file without BEGIN:VCARD, or a card without END:VCARD.
 * A Buffer is best: cards with CHARSET=ISO-8859-1 and raw 8-bit bytes are then read right.
 */
export function parseVCards(input: string | Buffer): ImportedContact[] {
  return splitCards(physicalLines(input)).map((card) => {
    const version = cardVersion(card.lines);
    const properties = unfoldLines(card.lines, version)
      .map(parseProperty)
      .filter((property): property is VCardProperty => property !== null);
    return importedContactFromCard({ line: card.line, version, properties });
  });
}

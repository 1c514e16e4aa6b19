// A short note of a touch: the first words of a message, never the whole message.

export const SUMMARY_LENGTH = 80;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

/** Plain text of a message body: LinkedIn sometimes exports HTML (InMail, sponsored messages). */
export function plainText(text: string): string {
  return text
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text on one line, cut at a word boundary to at most `max` characters with "…". */
export function summarize(text: string, max = SUMMARY_LENGTH): string {
  const plain = plainText(text);
  const chars = Array.from(plain);
  if (chars.length <= max) return plain;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The whole message: its subject on the first line when it has one, then the text, line breaks kept. */
export function messageText(subject: string, content: string): string {
  const text = content
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, "\n")
    .split(/\r\n|\r|\n/)
    .map(plainText)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title = plainText(subject);
  return title && text ? `${title}\n${text}` : title || text;
}

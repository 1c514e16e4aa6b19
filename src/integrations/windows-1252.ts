// Windows-1252 to text, by its table: Node 20's TextDecoder("windows-1252") reads 0x80–0x9F as
// ISO-8859-1's control characters, losing "€", "–", "’" and the other characters Windows puts there.

/** 0x80–0x9F in Windows-1252; the five bytes it leaves undefined are undefined here too. */
const HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1,
  0x017d, -1, -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, -1, 0x017e, 0x0178,
];

/** Whether the byte has a character in Windows-1252 (all but 0x81, 0x8D, 0x8F, 0x90, 0x9D). */
export const isWindows1252 = (byte: number) => byte < 0x80 || byte > 0x9f || HIGH[byte - 0x80] !== -1;

/** The bytes as Windows-1252 text; an undefined byte becomes U+FFFD. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? ((HIGH[b - 0x80] as number) < 0 ? 0xfffd : (HIGH[b - 0x80] as number)) : b,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

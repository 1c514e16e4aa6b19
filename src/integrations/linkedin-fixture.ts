// Makes a realistic LinkedIn Connections.csv of any size for tests and benchmarks: BOM, the
// "Notes:" preamble, CRLF line ends, quoted values, mostly empty emails. Deterministic (seeded).
import { searchKey } from "../core/text.js";
import { CONNECTIONS_HEADERS } from "./linkedin-connections.js";

export interface LinkedInFixtureOptions {
  language: "en" | "de";
  /** 1-based data row whose quoted company value is never closed. */
  brokenAtRow?: number;
  /** Changes the people generated; the same seed always gives the same file. */
  seed?: number;
}

/** Lines above the first data row (preamble, blank line, header): row n is on line n + this. */
export const CONNECTIONS_FIXTURE_HEADER_LINE = 4;

/** The physical line of 1-based data row `row` in a generated file. */
export const fixtureLineOfRow = (row: number) => row + CONNECTIONS_FIXTURE_HEADER_LINE;

const PREAMBLE = {
  en: "Some email addresses may be missing from this export: a connection's email appears only if they chose to let their connections see or download it.",
  de: "In diesem Export können E-Mail-Adressen fehlen: Eine Adresse erscheint nur, wenn die Person ihren Kontakten erlaubt hat, sie zu sehen oder herunterzuladen.",
};

const FIRST = [
  "Zoë",
  "Jürgen",
  "Ada",
  "María José",
  "李",
  "Søren",
  "Aoife",
  "Kwame",
  "Priya",
  "Łukasz",
  "Chloé",
  "Mehmet",
  "Hana",
  "Olusegun",
  "Ingrid",
  "Tomás",
  "Yuki",
  "Fatima",
  "Björn",
  "Ngozi",
];
const LAST = [
  "Ñúñez",
  "Müller",
  "O'Brien",
  "王",
  "Nakamura",
  "van der Berg",
  "Okafor",
  "Dubois",
  "Østergaard",
  "Kowalski",
  "Rossi",
  "Haddad",
  "Lindqvist",
  "Mensah",
  "García-Lópes",
  "Schäfer",
  "Nguyen",
  "d'Amico",
  "Papadopoulos",
  "Singh",
];
const COMPANIES = [
  "Acme, Inc.",
  'Fabrikam "Labs" GmbH',
  "Contoso",
  "Globex Corporation",
  "Initech",
  "Umbrella Research, LLC",
  "Müller & Söhne KG",
  "Université de Lyon",
  "Northwind Traders",
  "",
  "Stark Bio AG",
  "Wayne Enterprises",
];
const POSITIONS = [
  "Senior Data Scientist",
  "Head of Product, EMEA",
  "Postdoctoral Researcher",
  "Software Engineer II",
  "Director, Talent Acquisition",
  "",
  "Wissenschaftliche Mitarbeiterin",
  "UX Researcher",
  "Chief of Staff",
  'Lead "Growth" Engineer',
  "Clinical Research Associate",
  "Founder",
];
const MONTHS = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  de: ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dez"],
};

/** A small fast PRNG (mulberry32) so the same seed gives the same file on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csvValue = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const SLUGS = new Map<string, string>();
const slug = (text: string) => {
  let value = SLUGS.get(text);
  if (value === undefined) {
    value =
      searchKey(text)
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "member";
    SLUGS.set(text, value);
  }
  return value;
};

/** A Connections.csv export with `rows` connections, as LinkedIn ships it. */
export function makeLinkedInConnectionsCsv(rows: number, options: LinkedInFixtureOptions): string {
  const next = random(options.seed ?? 20240312);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const lines = [
    "\uFEFFNotes:",
    csvValue(PREAMBLE[options.language]),
    "",
    CONNECTIONS_HEADERS[options.language].join(","),
  ];
  for (let row = 1; row <= rows; row++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const id = `${row.toString(36)}${Math.floor(next() * 0xffff).toString(16)}`;
    const url = `https://www.linkedin.com/in/${slug(first)}-${slug(last)}-${id}`;
    const email = next() < 0.15 ? `${slug(first)}.${slug(last)}.${id}@example.com` : "";
    const when = new Date(Date.UTC(2010, 0, 1) + Math.floor(next() * 5800) * 86_400_000);
    const date = `${String(when.getUTCDate()).padStart(2, "0")} ${MONTHS[options.language][when.getUTCMonth()]} ${when.getUTCFullYear()}`;
    if (row === options.brokenAtRow) {
      lines.push(
        [first, last, url, email, '"Acme, Inc.', "Engineer", date]
          .map((v, i) => (i === 4 ? v : csvValue(v)))
          .join(","),
      );
      continue;
    }
    lines.push([first, last, url, email, pick(COMPANIES), pick(POSITIONS), date].map(csvValue).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

// Reads a CSV export into a header and rows, each row with the physical line where it starts.
// Finds the header below any preamble (LinkedIn puts "Notes:" lines above it) and turns every
// reading problem into an ImportFormatError that names its line.
import type { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { quoteError } from "./csv-quotes.js";
import { decodeCsvText, type LineIndex } from "./csv-text.js";
import { ImportFormatError } from "./imported.js";

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  /** Which data row it is: 1 for the first after the header. */
  row: number;
  /** The row's values, padded with "" to the header's width. */
  cells: string[];
}

export interface CsvTable<H> {
  /** What the caller made of the header row. */
  header: H;
  headerLine: number;
  rows: CsvRow[];
}

export interface CsvTableSpec<H> {
  /** Reads a candidate header row; null when the row is not the expected header. */
  matchHeader(cells: string[]): H | null;
  /** Said when no line matches, naming the columns expected. */
  missingHeader: string;
  /** How many lines from the top may hold the header (default 50). */
  searchLines?: number;
}

/** The largest file read: LinkedIn and Google exports of their maximum size are far smaller. */
export const MAX_CSV_BYTES = 32_000_000;

/** Reads the file, finds its header and returns the non-blank rows after it. */
export function readCsvTable<H>(input: string | Buffer, spec: CsvTableSpec<H>): CsvTable<H> {
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.length;
  if (size > MAX_CSV_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1e5) / 10} MB`;
    throw new ImportFormatError(
      `The file is ${mb(size)}, more than the ${mb(MAX_CSV_BYTES)} coffeechat reads at once (a LinkedIn export of 30,000 connections is about 4 MB). Split it into smaller files.`,
    );
  }
  const { bytes, lines } = decodeCsvText(input);
  const found = findHeader(bytes, lines, spec);
  const body = bytes.subarray(lines.startOf(found.line));
  let records: string[][];
  try {
    records = parse(body, OPTIONS);
  } catch (error) {
    throw readingError(error, bytes, found.line, lines);
  }
  const width = found.width;
  const rows: CsvRow[] = [];
  let line = found.line;
  for (const [index, record] of records.entries()) {
    const start = line;
    line += linesOf(record);
    if (index === 0 || isBlank(record, 0)) continue;
    if (record.length > width && !isBlank(record, width)) {
      throw new ImportFormatError(
        `This row has ${record.length} values but the header has ${width} columns; a value with a comma in it may be missing its quotes.`,
        start,
        index,
      );
    }
    rows.push({ line: start, row: index, cells: toWidth(record, width) });
  }
  return { header: found.header, headerLine: found.line, rows };
}

const OPTIONS = { relax_column_count: true, skip_empty_lines: false, record_delimiter: ["\r\n", "\n", "\r"] };

/** Whether every value from `from` on is blank. */
function isBlank(record: string[], from: number): boolean {
  for (let i = from; i < record.length; i++) if ((record[i] as string).trim() !== "") return false;
  return true;
}

/** The record cut or padded with "" to the header's width. */
function toWidth(record: string[], width: number): string[] {
  if (record.length > width) record.length = width;
  while (record.length < width) record.push("");
  return record;
}

/** Physical lines a record spans: one, plus each line break ("\r\n", "\n", "\r") in a quoted value. */
function linesOf(record: string[]): number {
  let count = 1;
  for (const cell of record) {
    if (cell.includes("\n") || cell.includes("\r")) count += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return count;
}

function findHeader<H>(bytes: Buffer, lines: LineIndex, spec: CsvTableSpec<H>) {
  const limit = spec.searchLines ?? 50;
  for (let line = 1; line <= limit && lines.startOf(line) < bytes.length; line++) {
    const text = bytes
      .subarray(lines.startOf(line), Math.min(lines.startOf(line + 1), bytes.length))
      .toString("utf8");
    const cells = splitLine(text);
    if (!cells) continue;
    const header = spec.matchHeader(cells);
    if (header !== null) return { header, line, width: cells.length };
  }
  throw new ImportFormatError(spec.missingHeader);
}

/** The values of one physical line, or null when it is not a complete CSV row by itself. */
function splitLine(text: string): string[] | null {
  try {
    const rows: string[][] = parse(text, { relax_column_count: true });
    return rows.length === 1 ? (rows[0] as string[]) : null;
  } catch {
    return null;
  }
}

/** The error to report for a csv-parse failure, at the line where the unreadable record starts. */
function readingError(error: unknown, bytes: Buffer, headerLine: number, lines: LineIndex): Error {
  const csv = error as Partial<CsvError> & { records?: number };
  if (typeof csv.code !== "string" || typeof csv.records !== "number") {
    return error instanceof Error ? error : new Error(String(error));
  }
  // csv-parse counts records correctly (its byte and line counts are not), so re-read the good ones.
  const body = bytes.subarray(lines.startOf(headerLine));
  const good: string[][] = csv.records > 0 ? parse(body, { ...OPTIONS, to: csv.records }) : [];
  const line = good.reduce((sum, record) => sum + linesOf(record), headerLine);
  // The failing record follows the good ones; record 0 is the header.
  if (/QUOTE/.test(csv.code)) return quoteError(bytes, lines, line).inRow(csv.records);
  return new ImportFormatError(`This row cannot be read: ${csv.message}`, line, csv.records);
}

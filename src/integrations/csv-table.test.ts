import { describe, expect, it } from "vitest";
import { matchColumns } from "./csv-columns.js";
import { MAX_CSV_BYTES, readCsvTable } from "./csv-table.js";
import { ImportFormatError } from "./imported.js";

const spec = {
  matchHeader: (cells: string[]) => matchColumns(cells, { name: ["Name"], city: ["City"] }, ["name"]),
  missingHeader: "No header: expected Name, City.",
};
const read = (input: string | Buffer) => readCsvTable(input, spec);

function failure(input: string | Buffer): ImportFormatError {
  try {
    read(input);
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error("expected an ImportFormatError");
}

describe("readCsvTable", () => {
  it("finds the header below a preamble and gives each row the line where it starts", () => {
    const table = read(
      'Notes:\r\n"A note, with a comma"\r\n\r\nName,City\r\nZoë,"Berlin, DE"\r\n"Jürgen\r\nMüller",Köln\r\n\r\n李,"Say ""hi"""\r\n',
    );
    expect(table.headerLine).toBe(4);
    expect(table.header).toEqual({ name: 0, city: 1 });
    expect(table.rows).toEqual([
      { line: 5, row: 1, cells: ["Zoë", "Berlin, DE"] },
      { line: 6, row: 2, cells: ["Jürgen\r\nMüller", "Köln"] },
      { line: 9, row: 4, cells: ["李", 'Say "hi"'] },
    ]);
  });

  it("counts lines the same with LF, CRLF, lone CR and mixed line ends", () => {
    for (const end of ["\n", "\r\n", "\r"]) {
      const table = read(["Name,City", "Ada,London", '"Grace', 'Hopper",NYC', "", "Zoë,Paris", ""].join(end));
      expect(table.rows.map((r) => r.line)).toEqual([2, 3, 6]);
    }
    const mixed = read('Name,City\r\nAda,London\n"Grace\rHopper",NYC\r\nZoë,Paris\n');
    expect(mixed.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, "Ada"],
      [3, "Grace\rHopper"],
      [5, "Zoë"],
    ]);
  });

  it("pads short rows and accepts empty trailing values", () => {
    expect(read("Name,City\nAda\nZoë,Paris,,\n").rows).toEqual([
      { line: 2, row: 1, cells: ["Ada", ""] },
      { line: 3, row: 2, cells: ["Zoë", "Paris"] },
    ]);
  });

  it("skips rows with no values at all", () => {
    expect(read("Name,City\n,\n  , \nAda,London\n").rows).toEqual([
      { line: 4, row: 3, cells: ["Ada", "London"] },
    ]);
  });

  it("rejects a row with more values than the header, naming its line", () => {
    const error = failure("Name,City\nAda,London\nZoë,Paris,France\n");
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      "line 3 (row 2 after the header): This row has 3 values but the header has 2 columns; a value with a comma in it may be missing its quotes.",
    );
  });

  it("names the line where a never-closed quoted value starts, even when a later quote ends it", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Person ${i + 1},"City, ${i + 1}"`);
    rows[199] = 'Person 200,"Unclosed City';
    const error = failure(`Name,City\r\n${rows.join("\r\n")}\r\n`);
    expect(error.line).toBe(201);
    expect(error.message).toMatch(
      /^line 201 \(row 200 after the header\): A quoted value starts on this line but its closing quote/,
    );
    const atEnd = failure('Name,City\nAda,London\nZoë,"Paris\nand more\n');
    expect(atEnd.line).toBe(3);
  });

  it("counts multi-line values above a broken row", () => {
    const error = failure('Name,City\n"Ada\nLovelace",London\nZoë,"Paris\n');
    expect(error.line).toBe(4);
  });

  it("explains text after a closing quote and a quote inside an unquoted value", () => {
    expect(failure('Name,City\nAda,"London"UK\n').message).toMatch(
      /^line 2 \(row 1 after the header\): A quoted value is followed by more text/,
    );
    expect(failure('Name,City\nAda,Lon"don"\n').message).toMatch(
      /^line 2 \(row 1 after the header\): A value has a quote \(".*in the middle/,
    );
  });

  it("says which header it expected when none is found", () => {
    const error = failure("Vorname;Stadt\nAda;London\n");
    expect(error.message).toBe("No header: expected Name, City.");
    expect(error.line).toBeNull();
  });

  it("refuses a file larger than it reads at once, quickly and with its size", () => {
    const big = Buffer.alloc(MAX_CSV_BYTES + 1_000_000, "a");
    expect(failure(big).message).toMatch(/^The file is 33 MB, more than the 32 MB coffeechat reads at once/);
  });
});

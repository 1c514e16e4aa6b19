// A restore that gives every row of a backup a new id, keeping each reference pointing at the
// same row. A backup restored into a shared database (hosted mode, where another account may hold
// rows with the same ids, or the same backup may be restored twice) then never collides with, or
// reaches, anyone else's rows.
import { BACKUP_REFERENCES, type BackupTable } from "../db/backup.repository.js";
import { newId } from "../db/ids.js";

type Row = Record<string, unknown>;

/** An id's new value is made the first time it is seen, as a row's own id or as a reference. */
export class NewIds {
  private readonly ids = new Map<string, string>();

  constructor(private readonly make: () => string = newId) {}

  rows(table: BackupTable, rows: readonly Row[]): Row[] {
    return rows.map((row) => this.row(table, row));
  }

  private row(table: BackupTable, row: Row): Row {
    const copy: Row = { ...row };
    if (typeof row.id === "string") copy.id = this.of(row.id);
    for (const column of BACKUP_REFERENCES[table] as readonly string[]) {
      const value = row[column];
      if (typeof value === "string") copy[column] = this.of(value);
    }
    // A snooze names what it snoozes: "thank-you:<conversation id>", "follow-up:<id>:<step>:<n>"…
    // (snoozes come last in a backup, so every id they name has its new value by then).
    if (table === "snoozes" && typeof row.item_key === "string")
      copy.item_key = row.item_key
        .split(":")
        .map((part) => this.ids.get(part) ?? part)
        .join(":");
    return copy;
  }

  private of(id: string): string {
    let fresh = this.ids.get(id);
    if (fresh === undefined) {
      fresh = this.make();
      this.ids.set(id, fresh);
    }
    return fresh;
  }
}

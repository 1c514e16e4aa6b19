// The restore of a JSON backup as a stream: the layout `writeBackup` makes (a row a line) is read
// line by line and written in batches, so a backup of any size restores in bounded memory. Any
// other JSON (an older, pretty-printed backup) is parsed whole, as before.
import { ValidationError } from "../core/errors.js";
import { findNul, nulMessage } from "../core/nul.js";
import { BACKED_UP_TABLES, type BackupTable } from "../db/backup.repository.js";
import { checkEmpty, type RestoreOptions, restoreBackup } from "./backup.service.js";
import { addedLater, checkHead, noListOf } from "./backup-format.js";
import { NewIds } from "./backup-new-ids.js";
import { nowIso, type ServiceContext, withTransaction } from "./context.js";

/** A backup file, as lines (a file read as it goes, or one already in memory). */
export interface BackupSource {
  name: string;
  lines: () => AsyncIterable<string>;
}

/** Rows written at once. */
const BATCH = 1000;

const HEAD = /^\{"format":.*,"tables":\{$/;
const TABLE = /^("(?:[^"\\]|\\.)*"):\[(\])?,?$/;

type Rows = Record<string, unknown>[];

interface RowHandler {
  batch(table: BackupTable, rows: Rows): Promise<void>;
  tableDone(table: BackupTable): Promise<void>;
}

/** Restores a backup into an empty coffeechat (all or nothing), or with `dryRun` only counts its rows. */
export async function restoreBackupSource(
  ctx: ServiceContext,
  source: BackupSource,
  options: RestoreOptions,
): Promise<Record<string, number>> {
  const lines = source.lines()[Symbol.asyncIterator]();
  const first = await lines.next();
  const line = first.done ? "" : first.value.replace(/^\uFEFF/, "");
  if (!HEAD.test(line)) return restoreWhole(ctx, source.name, line, lines, options);

  const head = checkHead(notNul(source.name, parse(source.name, 1, `${line}}}`), []));
  const counting: RowHandler = { batch: async () => {}, tableDone: async () => {} };
  if (options.dryRun) return readTables(source.name, lines, counting);
  const ids = options.newIds ? new NewIds() : undefined;
  return withTransaction(ctx, async (tx) => {
    await checkEmpty(tx);
    await tx.repos.backup.restoreUser(head.user, nowIso(tx));
    // Who introduced whom points inside the contacts: linked once every contact exists.
    const introduced: Rows = [];
    return readTables(source.name, lines, {
      batch: async (table, original) => {
        const rows = ids ? ids.rows(table, original) : original;
        await tx.repos.backup.insertRows(table, rows);
        if (table === "contacts")
          for (const row of rows)
            if (row.introduced_by_id) introduced.push({ id: row.id, introduced_by_id: row.introduced_by_id });
      },
      tableDone: async (table) => {
        if (table === "contacts") await tx.repos.backup.linkIntroductions(introduced);
      },
    });
  });
}

/** Reads the tables after the head, in the backup's order, handing rows over a batch at a time. */
async function readTables(
  name: string,
  lines: AsyncIterator<string>,
  handler: RowHandler,
): Promise<Record<BackupTable, number>> {
  const counts = {} as Record<BackupTable, number>;
  let next = 0;
  let table: BackupTable | "unknown" | undefined;
  let batch: Rows = [];
  let lineNumber = 1;
  let ended = false;
  const flush = async () => {
    if (batch.length > 0 && table && table !== "unknown") await handler.batch(table, batch);
    batch = [];
  };
  const skipTo = (index: number) => {
    for (; next < index; next++) {
      const missing = BACKED_UP_TABLES[next] as BackupTable;
      if (!addedLater(missing)) throw noListOf(missing);
      counts[missing] = 0;
    }
  };
  for (let item = await lines.next(); !item.done; item = await lines.next()) {
    const line = item.value;
    lineNumber++;
    if (ended) {
      if (line.trim()) throw notJson(name, lineNumber, "text after the end of the backup");
    } else if (table === undefined) {
      if (line === "}}") {
        skipTo(BACKED_UP_TABLES.length);
        ended = true;
        continue;
      }
      const opened = TABLE.exec(line);
      if (!opened) throw notJson(name, lineNumber, "expected a table's name");
      const found = parse(name, lineNumber, opened[1] as string) as BackupTable;
      const index = BACKED_UP_TABLES.indexOf(found);
      if (index >= 0 && index < next)
        throw new ValidationError(`${name}: line ${lineNumber}: ${found} is out of order.`, "file");
      if (index >= 0) {
        skipTo(index);
        next = index + 1;
      }
      const known = index >= 0 ? found : "unknown";
      if (known !== "unknown") counts[known] = 0;
      if (!opened[2]) table = known;
    } else if (line === "]" || line === "],") {
      await flush();
      if (table !== "unknown") await handler.tableDone(table);
      table = undefined;
    } else {
      const row = parse(name, lineNumber, line.endsWith(",") ? line.slice(0, -1) : line);
      if (!row || typeof row !== "object" || Array.isArray(row))
        throw notJson(name, lineNumber, "a row is not an object");
      if (table === "unknown") continue;
      notNul(name, row, ["tables", table, counts[table]]);
      counts[table]++;
      batch.push(row as Record<string, unknown>);
      if (batch.length >= BATCH) await flush();
    }
  }
  if (!ended) throw notJson(name, lineNumber, "the backup ends early");
  return counts;
}

/** A backup in any other JSON layout: parsed whole and restored as it always was. */
async function restoreWhole(
  ctx: ServiceContext,
  name: string,
  first: string,
  lines: AsyncIterator<string>,
  options: RestoreOptions,
): Promise<Record<string, number>> {
  const text = [first];
  for (let item = await lines.next(); !item.done; item = await lines.next()) text.push(item.value);
  let data: unknown;
  try {
    data = JSON.parse(text.join("\n"));
  } catch (error) {
    throw new ValidationError(`${name} is not JSON: ${(error as Error).message}`, "file");
  }
  notNul(name, data, []);
  if (options.dryRun) {
    const tables = (data as { tables?: Record<string, unknown[]> })?.tables ?? {};
    return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]));
  }
  return restoreBackup(ctx, data, options);
}

function parse(name: string, lineNumber: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw notJson(name, lineNumber, (error as Error).message);
  }
}

function notJson(name: string, lineNumber: number, why: string): ValidationError {
  return new ValidationError(`${name} is not JSON: line ${lineNumber}: ${why}`, "file");
}

function notNul(name: string, value: unknown, path: (string | number)[]): unknown {
  const at = findNul(value, path);
  if (at !== undefined) throw new ValidationError(`${name}: ${nulMessage(at)}`, "file");
  return value;
}

// The JSON backup, written as it is read: one JSON document whose rows are each on a line of their
// own (so a line reader can restore it row by row), paged through each table on one snapshot.
import { BACKED_UP_TABLES, type BackupTable } from "../db/backup.repository.js";
import { migrations } from "../db/migrations/index.js";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./backup-format.js";
import { nowIso, type ServiceContext, withReadSnapshot } from "./context.js";

/** Takes the next piece of the file; resolves when it may take more (a full socket or disk waits). */
export type Sink = (chunk: string) => void | Promise<void>;

/** Rows read and written at once: a page of a table. */
const PAGE = 1000;

/**
 * About how many characters the sink takes at once: a piece ends with the row that reaches this.
 * A whole page in one piece (400 KB at a thousand notes) is a large object that the garbage
 * collector keeps longer: at a million notes the server's peak memory was about 230 MB with such
 * pieces, 160 MB with these.
 */
export const BACKUP_PIECE = 64 * 1024;

/**
 * Writes the user's backup to `sink`:
 *
 *     {"format":"coffeechat-backup",…,"user":{…},"tables":{
 *     "organizations":[
 *     {…},
 *     {…}
 *     ],
 *     "contacts":[],
 *     …
 *     }}
 *
 * Returns how many rows of each table it wrote.
 */
export async function writeBackup(ctx: ServiceContext, sink: Sink): Promise<Record<BackupTable, number>> {
  return withReadSnapshot(ctx, async (tx) => {
    const head = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: nowIso(tx),
      schema: Object.keys(migrations(tx.store.dialect)),
      user: await tx.repos.backup.user(),
    };
    await sink(`${JSON.stringify(head).slice(0, -1)},"tables":{\n`);
    const counts = {} as Record<BackupTable, number>;
    for (const [index, table] of BACKED_UP_TABLES.entries()) {
      await sink(`${JSON.stringify(table)}:[`);
      let written = 0;
      let text = "";
      for await (const rows of tx.repos.backup.batches(table, PAGE)) {
        for (const row of rows) {
          text += `${written++ === 0 ? "\n" : ",\n"}${JSON.stringify(row)}`;
          if (text.length >= BACKUP_PIECE) {
            await sink(text);
            text = "";
          }
        }
      }
      if (text) await sink(text);
      counts[table] = written;
      await sink(`${written > 0 ? "\n" : ""}]${index < BACKED_UP_TABLES.length - 1 ? "," : ""}\n`);
    }
    await sink("}}\n");
    return counts;
  });
}

// A file written piece by piece, waiting when the disk is behind, for the streaming exports.

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";

export interface FileSink {
  write(chunk: string): Promise<void>;
  /** Closes the file; resolves with the bytes written. */
  close(): Promise<number>;
}

export function fileSink(file: string): FileSink {
  const out = createWriteStream(file);
  let bytes = 0;
  return {
    async write(chunk) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, "drain");
    },
    async close() {
      out.end();
      await once(out, "finish");
      return bytes;
    },
  };
}

/** The lines of a file, read as they are needed. */
export function fileLines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
}

// The lines of a file already in memory, one at a time (without a second copy of the whole text).

/** Each line of `content`, without its line end (\n or \r\n). */
export async function* linesOf(content: Buffer | string): AsyncGenerator<string> {
  const text = typeof content === "string";
  let start = 0;
  while (start < content.length) {
    let end = text ? content.indexOf("\n", start) : content.indexOf(10, start);
    if (end < 0) end = content.length;
    const line = text ? content.slice(start, end) : content.toString("utf8", start, end);
    yield line.endsWith("\r") ? line.slice(0, -1) : line;
    start = end + 1;
  }
}

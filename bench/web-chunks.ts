// npx tsx bench/web-chunks.ts [--files] [--top 40]: what the JavaScript Today loads is made of.
// Builds the web app with source maps into a scratch folder (dist/ is left alone), takes the chunks
// Today needs (the entry and Today's page, with what they import), and shares each chunk's gzipped
// size among the sources its bytes come from: by package, or by file with --files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const byFile = process.argv.includes("--files");
const topIndex = process.argv.indexOf("--top");
const top = topIndex >= 0 ? Number(process.argv[topIndex + 1]) : 40;

const outDir = mkdtempSync(path.join(os.tmpdir(), "coffeechat-web-chunks-"));
const build = spawnSync(
  process.execPath,
  [
    "node_modules/vite/bin/vite.js",
    "build",
    "--sourcemap",
    "--outDir",
    outDir,
    "--emptyOutDir",
    "--logLevel",
    "warn",
  ],
  { stdio: "inherit" },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A source map's segments, line by line: [generated column, source index] (other fields skipped). */
function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(";")) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const text of line.split(",")) {
      if (!text) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of text) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** "react-dom", "@mantine/core", or the project's own file. */
function owner(assets: string, source: string): string {
  const file = path.relative(process.cwd(), path.resolve(assets, source));
  const at = file.lastIndexOf("node_modules/");
  if (at < 0) return file;
  const rest = file.slice(at + "node_modules/".length);
  if (byFile) return rest;
  const [scope, name] = rest.split("/");
  return scope?.startsWith("@") ? `${scope}/${name}` : (scope ?? rest);
}

try {
  const assets = path.join(outDir, "assets");
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const mapOf = (file: string) => path.join(assets, `${file}.map`);
  const today = readdirSync(assets).filter(
    (file) => existsSync(mapOf(file)) && readFileSync(mapOf(file), "utf8").includes("pages/TodayPage.tsx"),
  );
  const chunks = new Set<string>();
  const queue = [...entry, ...today];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (chunks.has(file)) continue;
    chunks.add(file);
    const code = readFileSync(path.join(assets, file), "utf8");
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(m[1] as string);
  }

  const shares = new Map<string, { raw: number; gzipped: number }>();
  let total = 0;
  for (const file of chunks) {
    const code = readFileSync(path.join(assets, file), "utf8");
    const gzipped = gzipSync(code).length;
    total += gzipped;
    if (!existsSync(mapOf(file))) continue;
    const map = JSON.parse(readFileSync(mapOf(file), "utf8")) as {
      sources: string[];
      mappings: string;
    };
    const lines = code.split("\n");
    decodeMappings(map.mappings).forEach((segments, index) => {
      const length = lines[index]?.length ?? 0;
      segments.forEach(([column, source], i) => {
        const bytes = (segments[i + 1]?.[0] ?? length) - column;
        const key = source >= 0 ? owner(assets, map.sources[source] ?? "?") : "(bundler)";
        const share = shares.get(key) ?? { raw: 0, gzipped: 0 };
        share.raw += bytes;
        share.gzipped += (bytes / code.length) * gzipped;
        shares.set(key, share);
      });
    });
  }

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Today's JavaScript: ${chunks.size} chunks, ${kb(total)} gzipped (each chunk on its own)`);
  console.log("  gzipped (share)   minified  source");
  for (const [key, share] of [...shares].sort((a, b) => b[1].gzipped - a[1].gzipped).slice(0, top)) {
    console.log(`  ${kb(share.gzipped).padStart(15)}  ${kb(share.raw).padStart(9)}  ${key}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

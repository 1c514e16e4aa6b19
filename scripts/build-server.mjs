// Bundles the server and CLI (src/cli/main.ts and everything it imports, npm packages included)
// into `<outDir>/coffeechat.js` plus chunks that each command loads when it runs. One bundle
// starts in about half the time of hundreds of separate modules. Packages with native code or
// their own lazy loading stay outside and are required from node_modules when used.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

// zod's namespace (`z`, which @hono/zod-openapi extends as a whole) re-exports every language's
// error messages, about 370 KB the server would parse at each start. Ours are English, zod's
// default: the bundle keeps that one only.
const englishZod = {
  name: "english-zod",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: path.dirname(args.path),
    }));
  },
};

export async function buildServer(outDir) {
  await build({
    absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
    entryPoints: { coffeechat: "src/cli/main.ts" },
    outdir: outDir,
    chunkNames: "chunk-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    external: ["better-sqlite3", "pg", "pg-native", "nodemailer"],
    // Some bundled packages are CommonJS and call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [englishZod],
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  await buildServer(process.argv[2] ?? "dist");

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: { outDir: "../../dist/web", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    // The API, but not the web app's own modules under src/web/api/*.ts.
    proxy: { "^/api/(?!.*\\.tsx?(\\?.*)?$)": "http://127.0.0.1:4545" },
  },
});

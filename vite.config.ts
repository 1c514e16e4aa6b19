import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const API = "http://127.0.0.1:4545";

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: { outDir: "../../dist/web", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    // The API, but not the web app's own modules under src/web/api/*.ts.
    // The API refuses other Hosts and other origins' writes: the dev server's own pages speak for
    // the API's origin; any other page's Origin is passed on, and refused.
    proxy: {
      "^/api/(?!.*\\.tsx?(\\?.*)?$)": {
        target: API,
        changeOrigin: true,
        configure: (proxy) =>
          proxy.on("proxyReq", (request) => {
            const origin = request.getHeader("origin");
            if (origin === "http://127.0.0.1:5173" || origin === "http://localhost:5173")
              request.setHeader("origin", API);
          }),
      },
    },
  },
});

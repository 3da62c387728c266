// Builds the dashboard (src/web/static/, TypeScript) into src/web/dist/, which the server serves when
// present. The views load the chart libraries through static/vendor/*.ts, split into their own chunks.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./src/web/static/", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("./src/web/dist/", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // Works offline and under `script-src 'self'`: no inline scripts, no CDN, no eval.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
});

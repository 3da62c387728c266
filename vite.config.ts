// Builds the dashboard (src/web/static/, plain ES modules) into src/web/dist/, which the server
// serves when present. The views import the chart libraries from ../vendor/<name>.js: unbuilt, the
// server bundles those on request (src/web/serve.ts); here they resolve to the npm packages.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./src/web/static/", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  publicDir: false,
  logLevel: "warn",
  resolve: {
    alias: [
      { find: /^(?:\.\.?\/)+vendor\/plot\.js$/, replacement: "@observablehq/plot" },
      { find: /^(?:\.\.?\/)+vendor\/cytoscape\.js$/, replacement: "cytoscape" },
    ],
  },
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

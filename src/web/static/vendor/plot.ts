// The chart library, bundled by Vite in a build and by the server (esbuild) when served unbuilt.
export * from "@observablehq/plot";

// The graph library, bundled by Vite in a build and by the server (esbuild) when served unbuilt.
export { default } from "cytoscape";

// Fallback start of a pipeline worker thread when the precompiled bundle (worker-bundle.ts)
// cannot be built: loads the TypeScript worker body through tsx (about a second per worker).
import { register } from "tsx/esm/api";

register();
await import("./worker-entry.ts");

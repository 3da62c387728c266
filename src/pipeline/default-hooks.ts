// The post-ingest hooks every CLI ingest (ingest, demo) runs. A stage that wants to act on each
// newly stored document adds one line here. Kept lazy so `--help` never loads the stages.
import { addPostIngestHook } from "./hooks.ts";

export async function registerDefaultHooks(): Promise<void> {
  // resolve: store the entities and mentions found in the document (before screening).
  addPostIngestHook((await import("../resolve/mentions-hook.ts")).mentionsHook);
  // resolve: screen the parties named in the document against the imported sanctions lists.
  addPostIngestHook((await import("../resolve/screen.ts")).screenPartiesHook);
}

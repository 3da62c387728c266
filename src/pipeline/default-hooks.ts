// The post-ingest hooks every CLI ingest (ingest, demo) runs. A stage that wants to act on each
// newly stored document adds one line here. Kept lazy so `--help` never loads the stages.
import { addPostIngestHook } from "./hooks.ts";

export async function registerDefaultHooks(): Promise<void> {
  // resolve: store the entities and mentions found in the document (before screening).
  // The gazetteer is written once, before the first document's transaction.
  const mentions = await import("../resolve/mentions-hook.ts");
  addPostIngestHook({ ...mentions.mentionsHook, prepare: (store) => mentions.syncGazetteer(store) });
  // resolve: screen the parties named in the document against the imported sanctions lists.
  addPostIngestHook((await import("../resolve/screen.ts")).screenPartiesHook);
}

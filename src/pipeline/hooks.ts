// Steps that run after a new document is stored (e.g. the resolve stage's "screen the parties of
// this document"). A hook sees the document under its stored id; a failing hook is reported and
// the batch goes on: the document and its claims are already stored.
import type { Claim, Sentence, SourceDocument } from "../types.ts";
import type { Store } from "../store/store.ts";

export interface PostIngestContext {
  store: Store;
  /** The document as stored (its id may carry a `-2` suffix when the file's id was taken). */
  doc: SourceDocument;
  sentences: Sentence[];
  /** The claims stored with it, with `docId` set to the stored id. */
  claims: Claim[];
}

export interface PostIngestHook {
  /** Shown in error messages: `error: <path>: after ingest (<name>): <reason>`. */
  name: string;
  run(ctx: PostIngestContext): Promise<void> | void;
}

/** Hooks run in order for every newly stored document. Stages add theirs with addPostIngestHook. */
export const postIngestHooks: PostIngestHook[] = [];

/** Adds a hook (replacing one of the same name, so registering twice is harmless). */
export function addPostIngestHook(hook: PostIngestHook): void {
  const at = postIngestHooks.findIndex((h) => h.name === hook.name);
  if (at >= 0) postIngestHooks[at] = hook;
  else postIngestHooks.push(hook);
}

export function removePostIngestHook(name: string): void {
  const at = postIngestHooks.findIndex((h) => h.name === name);
  if (at >= 0) postIngestHooks.splice(at, 1);
}

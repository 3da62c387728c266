// Steps that run after a new document is stored (e.g. the resolve stage's "screen the parties of
// this document"). A hook sees the document under its stored id and runs inside the document's
// transaction (`ctx.store` is bound to it): a failing hook fails the document, which is then not
// stored, is reported and counted, and is picked up again by a re-run.
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
  /** Runs once per ingest before the first document, outside any transaction (shared setup). */
  prepare?(store: Store): Promise<unknown> | void;
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

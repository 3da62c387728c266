// Runs the assessment over a JSONL file of contract claims (no store, no extraction), for
// `flowwatch assess --claims FILE.jsonl [--docs DIR]` and the acceptance suite. With --docs, each
// document's header (URL, DATE, outlet) and text come from DIR/<doc>.txt; without, documents carry
// only their id, so claims without a time of their own are undated.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseContractJsonl } from "../assess/contract-claims.ts";
import { assess } from "../assess/index.ts";
import type { AssessDocument } from "../assess/types.ts";

export async function assessFromClaimsFile(file: string, docsDir?: string) {
  const byDoc = parseContractJsonl(readFileSync(file, "utf8"));
  const { parseFile } = await import("../ingest/parse.ts");
  const batch: { doc: AssessDocument; claims: NonNullable<ReturnType<typeof byDoc.get>> }[] = [];
  for (const [docId, claims] of byDoc) {
    let doc: AssessDocument = { id: docId, url: null, title: null, outlet: null, published: null, text: "" };
    const path = docsDir ? join(docsDir, `${docId}.txt`) : null;
    if (path && existsSync(path)) {
      const [parsed] = await parseFile(path, readFileSync(path));
      if (parsed)
        doc = {
          id: docId,
          url: parsed.url,
          title: parsed.title,
          outlet: parsed.outlet,
          published: parsed.published,
          text: parsed.text,
        };
    }
    batch.push({ doc, claims });
  }
  batch.sort((a, b) => (a.doc.published ?? "").localeCompare(b.doc.published ?? ""));
  const { snapshot, engine, errors } = assess(batch);
  return { snapshot, engine, errors, documents: batch.length };
}

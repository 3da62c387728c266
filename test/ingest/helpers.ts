import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseFile, readDocuments, type IngestResult } from "../../src/ingest/index.ts";
import type { SourceDocument } from "../../src/types.ts";

export const FIXTURES = fileURLToPath(new URL("../fixtures/ingest/", import.meta.url));
export const fixture = (name: string) => `${FIXTURES}${name}`;

/** Parses one fixture file through the public parseFile. */
export async function parseFixture(name: string): Promise<SourceDocument[]> {
  const path = fixture(name);
  return parseFile(path, await readFile(path));
}

export async function parseOne(name: string): Promise<SourceDocument> {
  const docs = await parseFixture(name);
  if (docs.length !== 1) throw new Error(`${name}: expected one document, got ${docs.length}`);
  return docs[0];
}

export async function collect(
  paths: string[],
  opts?: Parameters<typeof readDocuments>[1],
): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readDocuments(paths, opts)) out.push(r);
  return out;
}

export const paragraphs = (doc: SourceDocument) => doc.text.split("\n\n");

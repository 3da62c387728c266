// Small documents and claims written for the store tests (our own words, invented figures).
import { createHash } from "node:crypto";
import type { Claim, Sentence, SourceDocument } from "../../src/types.ts";

export function makeDoc(id: string, text: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id,
    contentHash: createHash("sha256").update(text).digest("hex"),
    url: `https://example.org/${id}`,
    title: `Report ${id}`,
    outlet: "Example Monitor",
    published: "2025-03-10",
    text,
    format: "txt",
    sourcePath: `/tmp/${id}.txt`,
    ...meta,
  };
}

/** Naive sentence split on ". " — enough for fixtures; offsets are exact. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  let m: RegExpExecArray | null;
  let paragraph = 0;
  let lastEnd = 0;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    if (text.slice(lastEnd, start).includes("\n\n")) paragraph++;
    out.push({ index: out.length, paragraph, start, end: start + body.length, text: body });
    lastEnd = start + body.length;
  }
  return out;
}

/** A claim on the sentence of `doc` that contains `figure`. */
export function claimOn(doc: SourceDocument, figure: string, over: Partial<Claim> = {}): Claim {
  const at = doc.text.indexOf(figure);
  if (at < 0) throw new Error(`fixture: "${figure}" not in ${doc.id}`);
  const sentence = sentencesOf(doc.text).find((s) => s.start <= at && at < s.end)!;
  return {
    docId: doc.id,
    quantity: Number(figure.replace(/[^0-9.]/g, "")),
    qualifier: "exact",
    unit: "persons",
    subject: "workers",
    event: "stock_estimate",
    destination: null,
    attributedTo: null,
    attributionChain: [],
    time: null,
    modality: "asserted",
    evidence: sentence.text,
    sentence: { start: sentence.start, end: sentence.end },
    span: { start: at, end: at + figure.length },
    ...over,
  };
}

export const TEXT_A =
  "About 4,000 labourers from the North were working on building sites in Vladivostok last spring. " +
  "A regional official said the contractors paid them through a trading company.\n\n" +
  "Later reports put the number of deployed soldiers at 11,000 near the front.";

export const TEXT_B =
  "A shipping analyst counted 320 containers crossing the border by rail. " +
  "The cargo was believed to hold artillery shells.";

export const TEXT_C =
  "Officials in Seoul estimated that between 250 and 600 million dollars a year flowed back to Pyongyang. " +
  "The same briefing mentioned 1,500 IT specialists abroad.";

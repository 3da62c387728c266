// Conversions between the typed records (src/types.ts) and table rows, plus the checks that keep
// offsets honest: a sentence or claim whose span falls outside its document is refused.
import type { Insertable, Selectable } from "kysely";
import type {
  Claim,
  Sentence,
  SourceDocument,
  SourceFormat,
  Subject,
  Qualifier,
  EventType,
  Modality,
} from "../types.ts";
import type { ClaimsTable, DocumentsTable, SentencesTable } from "./schema.ts";
import type { StoredClaim, StoredDocument } from "./records.ts";

export function documentFromRow(row: Omit<Selectable<DocumentsTable>, "seq">): StoredDocument {
  return {
    id: row.id,
    contentHash: row.content_hash,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    text: row.text,
    format: row.format as SourceFormat,
    sourcePath: row.source_path,
    ingestedAt: row.ingested_at,
    lang: row.lang ?? null,
  };
}

export function sentenceRows(
  docId: string,
  text: string,
  sentences: Sentence[],
): Insertable<SentencesTable>[] {
  return sentences.map((s, i) => {
    let problem = spanProblem(s, text.length, "sentence");
    if (!problem && text.slice(s.start, s.end) !== s.text)
      problem = "text is not the document text at its offsets";
    if (problem) throw new Error(`document ${docId}: sentence ${s.index ?? i}: ${problem}`);
    return {
      doc_id: docId,
      idx: s.index ?? i,
      paragraph: s.paragraph ?? 0,
      start: s.start,
      end: s.end,
      text: s.text,
    };
  });
}

export function sentenceFromRow(row: Selectable<SentencesTable>): Sentence {
  return { index: row.idx, paragraph: row.paragraph, start: row.start, end: row.end, text: row.text };
}

/**
 * Why a claim cannot be stored against this document text, or null when it can: the figure must be
 * a number, its offsets inside the text, the figure inside its sentence, and the evidence the
 * sentence verbatim — so every stored number leads back to its exact place in the source.
 */
export function claimProblem(text: string, c: Claim): string | null {
  const [low, high] = Array.isArray(c.quantity) ? c.quantity : [c.quantity, c.quantity];
  if (
    typeof low !== "number" ||
    typeof high !== "number" ||
    !Number.isFinite(low) ||
    !Number.isFinite(high)
  ) {
    return `quantity ${JSON.stringify(c.quantity)} is not a number or [low, high]`;
  }
  if (low > high) return `range [${low}, ${high}] is reversed`;
  if (
    c.confidence !== undefined &&
    !(typeof c.confidence === "number" && c.confidence >= 0 && c.confidence <= 1)
  )
    return `confidence ${JSON.stringify(c.confidence)} is not a number in [0, 1]`;
  for (const field of ["qualifier", "unit", "subject", "event", "modality", "evidence"] as const) {
    if (typeof c[field] !== "string" || c[field] === "") return `${field} is missing`;
  }
  const sentence = spanProblem(c.sentence, text.length, "sentence");
  if (sentence) return sentence;
  const figure = spanProblem(c.span, text.length, "figure");
  if (figure) return figure;
  if (c.span.start < c.sentence.start || c.span.end > c.sentence.end) {
    return `figure offsets [${c.span.start}, ${c.span.end}) are outside the sentence [${c.sentence.start}, ${c.sentence.end})`;
  }
  if (text.slice(c.sentence.start, c.sentence.end) !== c.evidence) {
    return `evidence is not the text at the sentence offsets [${c.sentence.start}, ${c.sentence.end})`;
  }
  return null;
}

export function claimRow(
  docId: string,
  text: string,
  c: Claim,
  extractorVersion: string | null,
  createdAt: string,
): Insertable<ClaimsTable> {
  const problem = claimProblem(text, c);
  if (problem)
    throw new Error(`document ${docId}: claim "${String(c.evidence ?? "").slice(0, 60)}": ${problem}`);
  const [low, high] = Array.isArray(c.quantity) ? c.quantity : [c.quantity, c.quantity];
  return {
    doc_id: docId,
    quantity_low: low,
    quantity_high: high,
    qualifier: c.qualifier,
    unit: c.unit,
    subject: c.subject,
    event: c.event,
    destination: c.destination ?? null,
    attributed_to: c.attributedTo ?? null,
    attribution_chain: JSON.stringify(c.attributionChain ?? []),
    time: c.time ?? null,
    modality: c.modality,
    evidence: c.evidence,
    sentence_start: c.sentence.start,
    sentence_end: c.sentence.end,
    span_start: c.span.start,
    span_end: c.span.end,
    extractor_version: extractorVersion,
    created_at: createdAt,
    confidence: c.confidence ?? null,
  };
}

export type ClaimJoinRow = Selectable<ClaimsTable> & {
  outlet: string | null;
  published: string | null;
  url: string | null;
};

export function claimFromRow(row: ClaimJoinRow): StoredClaim {
  // pg returns serial ids as numbers but be tolerant of bigint-as-string drivers.
  const low = Number(row.quantity_low);
  const high = Number(row.quantity_high);
  return {
    id: Number(row.id),
    docId: row.doc_id,
    quantity: low === high && row.qualifier !== "range" ? low : [low, high],
    qualifier: row.qualifier as Qualifier,
    unit: row.unit,
    subject: row.subject as Subject,
    event: row.event as EventType,
    destination: row.destination,
    attributedTo: row.attributed_to,
    attributionChain: parseChain(row.attribution_chain),
    time: row.time,
    modality: row.modality as Modality,
    evidence: row.evidence,
    sentence: { start: row.sentence_start, end: row.sentence_end },
    span: { start: row.span_start, end: row.span_end },
    ...(row.confidence === null || row.confidence === undefined
      ? {}
      : { confidence: Number(row.confidence) }),
    outlet: row.outlet,
    published: row.published,
    url: row.url,
  };
}

function parseChain(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

function spanProblem(
  span: { start: number; end: number } | undefined,
  length: number,
  what: string,
): string | null {
  if (
    !span ||
    !Number.isInteger(span.start) ||
    !Number.isInteger(span.end) ||
    span.start < 0 ||
    span.end < span.start ||
    span.end > length
  ) {
    return `${what} offsets ${JSON.stringify(span)} are outside the document (length ${length})`;
  }
  return null;
}

export function documentRow(
  doc: SourceDocument,
  id: string,
  ingestedAt: string,
): Omit<Insertable<DocumentsTable>, "seq"> {
  return {
    id,
    content_hash: doc.contentHash,
    url: doc.url ?? null,
    title: doc.title ?? null,
    outlet: doc.outlet ?? null,
    published: doc.published ?? null,
    text: doc.text,
    format: doc.format,
    source_path: doc.sourcePath ?? null,
    ingested_at: ingestedAt,
    lang: doc.lang ?? null,
  };
}

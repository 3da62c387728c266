// Runs a language's configuration over a document: its parsers over each sentence, then its
// refiners over all candidates, and projects the survivors into Claims with document offsets.
// Pure: same input → same output.
import type { Reference } from "../reference/index.ts";
import type { Claim, Sentence } from "../types.ts";
import type { Candidate, DebugEntry, ExtractContext, ExtractInput } from "./context.ts";
import type { Attribution } from "./locales/en/attribution.ts";
import type { SubjectMatch } from "./locales/en/subjects.ts";
import type { Configuration } from "./locales/configuration.ts";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** The publication date from header lines (`DATE: 2025-06-17`, `Sunday, January 25, 2026`) when the caller has none. */
export function publishedFromHeader(text: string): string | null {
  const lines = text
    .split("\n", 12)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 6);
  for (const line of lines) {
    const iso = /^(?:DATE:\s*)?(\d{4}-\d{2}-\d{2})\b/i.exec(line);
    if (iso) return iso[1];
    const long = /^(?:DATE:\s*)?(?:[A-Z][a-z]+day,?\s+)?([A-Z][a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(line);
    if (long && MONTHS.includes(long[1].toLowerCase())) {
      return `${long[3]}-${String(MONTHS.indexOf(long[1].toLowerCase()) + 1).padStart(2, "0")}-${long[2].padStart(2, "0")}`;
    }
    const euro = /^(?:DATE:\s*)?(?:[A-Z][a-z]+day,?\s+)?(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})$/.exec(line);
    if (euro && MONTHS.includes(euro[2].toLowerCase())) {
      return `${euro[3]}-${String(MONTHS.indexOf(euro[2].toLowerCase()) + 1).padStart(2, "0")}-${euro[1].padStart(2, "0")}`;
    }
  }
  return null;
}

function toClaim(doc: ExtractInput, c: Candidate, reference: Reference): Claim {
  const f = c.figure;
  const unitOf = reference.subjects.unit(c.subject) ?? "persons";
  const unit = f.percent
    ? "percent"
    : f.currency
      ? f.period
        ? `${f.currency}/${f.period}`
        : f.currency
      : f.period && unitOf === "rounds"
        ? `rounds/${f.period}`
        : unitOf;
  return {
    docId: doc.id,
    quantity: c.figure.value,
    qualifier: c.figure.qualifier,
    unit,
    subject: c.subject,
    event: c.event ?? "other",
    destination: c.destination,
    attributedTo: c.attributedTo,
    attributionChain: c.attributionChain,
    time: c.time,
    modality: c.modality,
    evidence: c.sentence.text,
    sentence: { start: c.sentence.start, end: c.sentence.end },
    span: { start: c.sentence.start + c.figure.start, end: c.sentence.start + c.figure.end },
    ...(c.part ? { part: c.part } : {}),
    ...(c.measure ? { measure: c.measure } : {}),
    ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
  };
}

export interface ExtractResult {
  claims: Claim[];
  trace: DebugEntry[];
}

export function runExtraction(
  config: Configuration,
  reference: Reference,
  input: ExtractInput,
  trace = false,
): ExtractResult {
  const { parsers } = config;
  const doc: ExtractInput = { ...input, published: input.published ?? config.published(input.text) };
  const sentences: Sentence[] = config.splitSentences(doc.text);
  const log: DebugEntry[] = [];
  const cache = new Map<number, Attribution[]>();
  const ctx: ExtractContext = {
    doc,
    reference,
    sentences,
    dprkDocument: config.aboutDprk(doc.text) || (!!doc.title && config.aboutDprk(doc.title)),
    attributions(i) {
      if (!parsers.attributions) return [];
      let a = cache.get(i);
      if (!a) cache.set(i, (a = parsers.attributions(sentences[i].text)));
      return a;
    },
    debug(step, action, c, detail) {
      if (trace)
        log.push({ step, action, sentence: c?.sentence.index ?? -1, figure: c?.figure.text ?? "", detail });
    },
  };

  let candidates: Candidate[] = [];
  for (const sentence of config.onlyDprkDocuments && !ctx.dprkDocument ? [] : sentences) {
    if (parsers.mayHoldFigure && !parsers.mayHoldFigure(sentence.text)) continue;
    const text = parsers.normalize ? parsers.normalize(sentence.text) : sentence.text;
    for (const figure of parsers.figures(text)) {
      let match: SubjectMatch | null = parsers.subject(text, figure);
      let antecedent: Candidate | undefined;
      if (!match && parsers.elliptical?.(text, figure)) {
        // The noun was left out: count what the nearest earlier figure in the paragraph counted.
        const prev = candidates[candidates.length - 1];
        if (
          prev &&
          sentence.index - prev.sentence.index <= 2 &&
          sentence.paragraph - prev.sentence.paragraph <= 1 &&
          prev.match.how !== "money" &&
          prev.match.how !== "share"
        ) {
          match = { ...prev.match, start: figure.start, end: figure.end, modifiers: "", how: "before" };
          antecedent = prev;
          if (trace)
            log.push({
              step: "ellipsis",
              action: "set",
              sentence: sentence.index,
              figure: figure.text,
              detail: `counts ${prev.subject} like "${prev.figure.text}"`,
            });
        }
      }
      // "at least one" counts only a weapon handed over, never a person or a visa.
      if (match && figure.value === 1 && !reference.subjects.arms.has(match.subject)) match = null;
      if (!match) {
        if (trace)
          log.push({
            step: config.lang === "en" ? "findSubject" : `${config.lang}.subject`,
            action: "dropped",
            sentence: sentence.index,
            figure: figure.text,
            detail: "counts nothing in the vocabulary",
          });
        continue;
      }
      candidates.push({
        sentence,
        figure,
        match,
        subject: match.subject,
        antecedent,
        event: null,
        destination: null,
        attributedTo: null,
        attributionChain: [],
        time: null,
        modality: "asserted",
      });
    }
  }
  for (const r of config.refiners) candidates = r.refine(ctx, candidates);
  for (const c of candidates)
    ctx.debug("output", "kept", c, `${c.subject} ${JSON.stringify(c.figure.value)}`);
  const claims = candidates
    .map((c) => toClaim(doc, c, reference))
    .sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.subject.localeCompare(b.subject),
    );
  return { claims, trace: log };
}

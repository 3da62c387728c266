// Runs the parsers over each sentence, then the refiners over all candidates, and projects the
// survivors into Claims with document offsets. Pure: same input → same output.
import type { Claim, Sentence } from "../types.ts";
import { ENGLISH_REFINERS } from "./locales/en/config.ts";
import type { Candidate, DebugEntry, ExtractContext, ExtractInput, Refiner } from "./context.ts";
import { findAttributions, type Attribution } from "./locales/en/attribution.ts";
import { findFigures } from "./locales/en/figures.ts";
import { isElliptical } from "./locales/en/ellipsis.ts";
import { findSubject, type SubjectMatch } from "./locales/en/subjects.ts";
import { splitSentences } from "./locales/en/sentences.ts";
import { NUMBER_TENS, NUMBER_UNITS } from "../lang/number-words.ts";
import { ARMS, UNIT_OF, DPRK_MENTION } from "./vocabulary.ts";

const NUMBER_WORD = new RegExp(
  `\\b(?:${Object.keys({ ...NUMBER_UNITS, ...NUMBER_TENS }).join("|")})\\b`,
  "i",
);

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
/** `"as many as 3,000" replacements`: quote marks around a figure hide it from its noun; blank them (same length, offsets kept). */
function unquoteFigures(text: string): string {
  return text.replace(
    /(["“])([^"“”]{0,25}?\d[^"“”]{0,20}?)(["”])/g,
    (_m, _a: string, inner: string) => ` ${inner} `,
  );
}

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

function toClaim(doc: ExtractInput, c: Candidate): Claim {
  const unit = c.figure.percent
    ? "percent"
    : c.figure.currency
      ? c.figure.period
        ? `${c.figure.currency}/${c.figure.period}`
        : c.figure.currency
      : UNIT_OF[c.subject];
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
  input: ExtractInput,
  refiners: readonly Refiner[] = ENGLISH_REFINERS,
  trace = false,
): ExtractResult {
  const doc: ExtractInput = { ...input, published: input.published ?? publishedFromHeader(input.text) };
  const sentences: Sentence[] = splitSentences(doc.text);
  const log: DebugEntry[] = [];
  const cache = new Map<number, Attribution[]>();
  const mentions = doc.text.match(new RegExp(DPRK_MENTION.source, "g"))?.length ?? 0;
  const ctx: ExtractContext = {
    doc,
    sentences,
    dprkDocument: mentions >= 1 || (!!doc.title && DPRK_MENTION.test(doc.title)),
    attributions(i) {
      let a = cache.get(i);
      if (!a) cache.set(i, (a = findAttributions(sentences[i].text)));
      return a;
    },
    debug(step, action, c, detail) {
      if (trace)
        log.push({ step, action, sentence: c?.sentence.index ?? -1, figure: c?.figure.text ?? "", detail });
    },
  };

  let candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (
      !/\d|\b(?:hundred|thousand|million|billion)\b/i.test(sentence.text) &&
      !NUMBER_WORD.test(sentence.text)
    )
      continue;
    const text = unquoteFigures(sentence.text);
    for (const figure of findFigures(text)) {
      let match: SubjectMatch | null = findSubject(text, figure);
      let antecedent: Candidate | undefined;
      if (!match && isElliptical(text, figure)) {
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
      if (match && figure.value === 1 && !ARMS.has(match.subject)) match = null;
      if (!match) {
        if (trace)
          log.push({
            step: "findSubject",
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
  for (const r of refiners) candidates = r.refine(ctx, candidates);
  for (const c of candidates)
    ctx.debug("output", "kept", c, `${c.subject} ${JSON.stringify(c.figure.value)}`);
  const claims = candidates
    .map((c) => toClaim(doc, c))
    .sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.subject.localeCompare(b.subject),
    );
  return { claims, trace: log };
}

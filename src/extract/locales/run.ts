// Runs a locale configuration over a document: split, parse figures and their subjects per
// sentence, then the refiners over all candidates; survivors become Claims with document offsets.
import type { Claim } from "../../types.ts";
import type { Candidate, DebugEntry, ExtractContext, ExtractInput } from "../context.ts";
import { UNIT_OF } from "../vocabulary.ts";
import type { Configuration } from "./configuration.ts";

function toClaim(doc: ExtractInput, c: Candidate): Claim {
  const f = c.figure;
  const unit = f.percent
    ? "percent"
    : f.currency
      ? f.period
        ? `${f.currency}/${f.period}`
        : f.currency
      : f.period && UNIT_OF[c.subject] === "rounds"
        ? `rounds/${f.period}`
        : UNIT_OF[c.subject];
  return {
    docId: doc.id,
    quantity: f.value,
    qualifier: f.qualifier,
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
    span: { start: c.sentence.start + f.start, end: c.sentence.start + f.end },
  };
}

export function runLocale(
  config: Configuration,
  input: ExtractInput,
  trace = false,
): { claims: Claim[]; trace: DebugEntry[] } {
  const doc: ExtractInput = { ...input, published: input.published ?? config.published(input.text) };
  const sentences = config.splitSentences(doc.text);
  const log: DebugEntry[] = [];
  const ctx: ExtractContext = {
    doc,
    sentences,
    dprkDocument: config.aboutDprk(doc.text) || (!!doc.title && config.aboutDprk(doc.title)),
    attributions: () => [], // locale refiners read attribution frames themselves
    debug(step, action, c, detail) {
      if (trace)
        log.push({ step, action, sentence: c?.sentence.index ?? -1, figure: c?.figure.text ?? "", detail });
    },
  };
  let candidates: Candidate[] = [];
  if (ctx.dprkDocument)
    for (const sentence of sentences) {
      for (const figure of config.parsers.figures(sentence.text)) {
        const match = config.parsers.subject(sentence.text, figure);
        if (!match) {
          if (trace)
            log.push({
              step: `${config.lang}.subject`,
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
    .map((c) => toClaim(doc, c))
    .sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.subject.localeCompare(b.subject),
    );
  return { claims, trace: log };
}

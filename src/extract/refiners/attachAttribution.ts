// Attribution: the source the sentence names for its figure. "It said" / "the agency said"
// resolve to the source named earlier in the paragraph; a sentence with no source of its own
// inherits a named source from the sentence before it in the same paragraph. Generic hearsay
// ("reports that", "reportedly") leaves the source null.
import { setEach } from "../context.ts";
import type { ExtractContext } from "../context.ts";
import type { Attribution } from "../parsers/attribution.ts";

function named(ctx: ExtractContext, sentenceIndex: number, depth = 0): Attribution | null {
  const own = ctx.attributions(sentenceIndex);
  const direct = own.find((a) => a.name && !a.soft) ?? own.find((a) => a.name);
  if (direct?.soft) return (depth < 3 ? antecedent(ctx, sentenceIndex, depth + 1) : null) ?? direct;
  if (direct) return direct;
  if (depth < 3 && own.some((a) => a.anaphoric)) return antecedent(ctx, sentenceIndex, depth + 1);
  return null;
}

/** The nearest named source before `sentenceIndex` in its paragraph, else in the paragraph before. */
function antecedent(ctx: ExtractContext, sentenceIndex: number, depth: number): Attribution | null {
  const paragraph = ctx.sentences[sentenceIndex].paragraph;
  for (let i = sentenceIndex - 1; i >= 0 && ctx.sentences[i].paragraph >= paragraph - 1; i--) {
    const a = named(ctx, i, depth);
    if (a) return a;
  }
  return null;
}

export const attachAttribution = setEach("attachAttribution", (ctx, c) => {
  const own = ctx
    .attributions(c.sentence.index)
    .filter((a) => !(c.figure.start >= a.start && c.figure.end <= a.end));
  let chosen: Attribution | null = null;
  const withName = own.filter((a) => a.name);
  if (withName.length) {
    // The source nearest the figure, preferring one before it.
    chosen = withName.reduce((best, a) => {
      const d = (x: Attribution) =>
        x.end <= c.figure.start ? c.figure.start - x.end : (x.start - c.figure.end) * 1.2;
      return d(a) < d(best) ? a : best;
    });
  } else if (own.some((a) => a.anaphoric)) {
    chosen = antecedent(ctx, c.sentence.index, 1);
  } else if (
    own.length === 0 &&
    !/\b(?:reportedly|allegedly|reports)\b/i.test(c.sentence.text) &&
    !/^(?:Separately|Meanwhile|Elsewhere|In addition|Additionally|However|By contrast|In contrast|Still|Yet)\b/.test(
      c.sentence.text,
    )
  ) {
    const prev = ctx.sentences[c.sentence.index - 1];
    if (prev && prev.paragraph === c.sentence.paragraph) {
      chosen = named(ctx, prev.index);
      if (chosen)
        ctx.debug("attachAttribution", "note", c, `inherited "${chosen.name}" from the previous sentence`);
    }
  }
  if (chosen?.soft) chosen = antecedent(ctx, c.sentence.index, 1) ?? chosen;
  c.attributedTo = chosen?.name ?? null;
  c.attributionChain = chosen?.chain ?? [];
});

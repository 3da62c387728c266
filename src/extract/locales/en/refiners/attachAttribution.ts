// Attribution: the source the sentence names for its figure. "It said" / "the agency said"
// resolve to the source named earlier in the paragraph; a sentence with no source of its own
// inherits a named source from the sentence before it in the same paragraph. Generic hearsay
// ("reports that", "reportedly") leaves the source null.
import { setEach } from "../../../context.ts";
import type { ExtractContext } from "../../../context.ts";
import type { Attribution } from "../attribution.ts";
import { descriptionKinds } from "../sources.ts";
import { findPlaces } from "../places.ts";
import type { Gazetteer } from "../../../../reference/index.ts";

const BARE_ADJECTIVE = /^(?:(?:South|North|East|West)\s+)?[\p{Lu}][\p{Ll}-]+(?:an|ese|ish|based)$/u;
/** "South Korean", "Seoul-based" — but not "Japan" or "Taiwan", which are places that can speak. */
const COUNTRY_IN_AN = /^(?:Japan|Taiwan|Iran|Oman|Sudan|Jordan|Bhutan|Azerbaijan|\p{Lu}\p{Ll}+stan)$/u;
const bareAdjective = (name: string, places: Gazetteer) =>
  BARE_ADJECTIVE.test(name) &&
  !COUNTRY_IN_AN.test(name) &&
  !findPlaces(name, places).some((p) => p.kind !== "adjective" && p.start === 0 && p.end === name.length);

const WHEN =
  "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December";
/** Dates, clause numbers and single common nouns are never sources ("Wednesday", "September 2023", "Article 8", "state"). */
export function isPlausibleSource(name: string): boolean {
  const n = name.trim();
  if (new RegExp(`^(?:(?:on|last|this|early|late|mid-?)\\s+)?(?:${WHEN})\\b`, "i").test(n)) return false;
  if (/^(?:Article|Paragraph|Resolution|Section|Chapter|Figure|Table|Annex|Clause)\s+\d/i.test(n))
    return false;
  if (/^[\d\s.,/-]+$/.test(n) || /\d{4}\.\p{Lu}/u.test(n)) return false;
  if (/^\p{Ll}+$/u.test(n)) return false;
  return true;
}
// "a lawmaker said, citing the NIS": a bare relay still carries a named origin.
const plausible = (ctx: ExtractContext) => (a: Attribution) =>
  !a.name ||
  (!bareAdjective(a.name, ctx.reference.places) && isPlausibleSource(a.name)) ||
  a.chain.slice(1).some((l) => /\p{Lu}/u.test(l) && isPlausibleSource(l));

function named(ctx: ExtractContext, sentenceIndex: number, depth = 0): Attribution | null {
  const own = ctx.attributions(sentenceIndex).filter(plausible(ctx));
  const direct = own.find((a) => a.name && !a.soft) ?? own.find((a) => a.name);
  if (direct?.soft) return (depth < 3 ? antecedent(ctx, sentenceIndex, depth + 1) : null) ?? direct;
  if (direct) return direct;
  const anaphor = own.find((a) => a.anaphoric);
  if (depth < 3 && anaphor)
    return antecedent(ctx, sentenceIndex, depth + 1) ?? described(ctx.sentences[sentenceIndex].text, anaphor);
  return null;
}

/** "the team found" with nothing named in reach: the description, for canonicalSources to resolve. */
function described(sentence: string, a: Attribution): Attribution | null {
  const phrase = descriptionIn(sentence.slice(a.start, a.end));
  return phrase && descriptionKinds(phrase)
    ? { ...a, name: phrase, chain: [phrase], anaphoric: false }
    : null;
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

/** "the spy agency told" → "spy agency"; pronouns give null. */
function descriptionIn(slice: string): string | null {
  const m = /\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+((?:[\p{Ll}]+\s+)?[\p{Ll}]+)/u.exec(slice);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // Drop a trailing verb the slice may include ("team found", "report says").
  while (
    words.length > 1 &&
    /^(?:said|says|told|found|finds|estimates|estimated|reported|reports|added|noted|show|shows|showed|put)$/.test(
      words[words.length - 1],
    )
  )
    words.pop();
  return words.join(" ");
}

const DATA_NOUNS = "statistics|figures|numbers|records|data|tallies|filings?|count";
/** "the statistics show", "the figures show": refers to data a source published. */
function isDataAnaphor(slice: string): boolean {
  return new RegExp(`^(?:the|these|those)\\s+(?:official\\s+)?(?:${DATA_NOUNS})\\b`, "i").test(slice.trim());
}

/** The source of the nearest earlier "statistics published by X" / "X's data" in the document. */
function dataSource(ctx: ExtractContext, sentenceIndex: number): Attribution | null {
  const noun = new RegExp(`\\b(?:${DATA_NOUNS})\\b`, "i");
  for (let i = sentenceIndex - 1; i >= 0; i--) {
    const text = ctx.sentences[i].text;
    const a = ctx.attributions(i).find((x) => x.name && !x.soft && noun.test(text.slice(x.start, x.end)));
    if (a) return a;
  }
  return null;
}

// A sentence about the one before it: "This was reported by …", "X said the request was …".
const POINTS_BACK =
  /^(?:This|That|These|It|The (?:figure|number|estimate|plan|request|information|news))\b[^.;]{0,30}?\b(?:was|were|is|has been|had been)\s+(?:first\s+|also\s+)?(?:reported|announced|stated|said|disclosed|revealed|confirmed|published|estimated|claimed)\b/;
const SAYS_OF_IT =
  /\b(?:said|says|stated|states|confirmed|confirms|reported|announced|noted|explained)\s+(?:that\s+)?(?:this|the (?:request|plan|move|decision|proposal|application))\b/;

/** The named source of sentence `i` when that sentence points back at the one before it. */
function pointedBackFrom(ctx: ExtractContext, i: number): Attribution | null {
  const next = ctx.sentences[i];
  const prev = ctx.sentences[i - 1];
  if (!next || !prev || next.paragraph !== prev.paragraph) return null;
  if (!POINTS_BACK.test(next.text) && !SAYS_OF_IT.test(next.text)) return null;
  return (
    ctx
      .attributions(i)
      .filter(plausible(ctx))
      .find((a) => a.name && !a.soft) ?? null
  );
}

/** The nearest named "sources of X" / "X sources" within three sentences before `i`. */
function namedSourcesBefore(ctx: ExtractContext, i: number): Attribution | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const text = ctx.sentences[j].text;
    const a = ctx
      .attributions(j)
      .find(
        (x) =>
          x.name &&
          (/\bsources?\b/i.test(x.name) ||
            /\bsources?\s+(?:(?:of|from|at|in|close to|within)|(?:[\p{L}-]+\s+){0,4}?told)\s+(?:the\s+)?$/iu.test(
              text.slice(0, x.start),
            )),
      );
    if (a) return a;
  }
  return null;
}

export const attachAttribution = setEach("attachAttribution", (ctx, c) => {
  const own = ctx
    .attributions(c.sentence.index)
    .filter((a) => !(c.figure.start >= a.start && c.figure.end <= a.end))
    // "…, with Western sources reporting 6,000 killed": the source of what follows it only.
    .filter((a) => a.frame !== "with-reporting" || a.start < c.figure.start)
    // "South Korean and American estimates", "a Seoul-based researcher": an adjective alone names no source.
    .filter(plausible(ctx));
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
    const anaphor = own.find((x) => x.anaphoric)!;
    if (isDataAnaphor(c.sentence.text.slice(anaphor.start, anaphor.end)))
      chosen = dataSource(ctx, c.sentence.index);
    // "The spy agency said": a description of a kind of body resolves by kind (canonicalSources);
    // a pronoun or a bare noun takes the nearest source named before.
    if (!chosen) {
      const description = described(c.sentence.text, anaphor);
      if (
        description &&
        !/^(?:report|study|source|official|statement|data|document|analysis)$/.test(description.name ?? "")
      )
        chosen = description;
    }
    chosen ??= antecedent(ctx, c.sentence.index, 1);
    // "The agency said" with no source in reach: keep the description; canonicalSources looks
    // further back in the document for the body it stands for.
    if (!chosen)
      chosen = described(
        c.sentence.text,
        own.find((x) => x.anaphoric)!,
      );
  } else if (
    own.some((a) =>
      /^(?:the\s+)?sources?\s+(?:also|further|later|then)\b/i.test(c.sentence.text.slice(a.start)),
    )
  ) {
    // "Sources also reported …": the same sources the article named a sentence or two before.
    chosen = namedSourcesBefore(ctx, c.sentence.index);
  } else if (own.some((a) => /^the\s+source\b/i.test(c.sentence.text.slice(a.start, a.end)))) {
    // "the source said": the anonymous source met earlier; canonicalSources names its outlet.
    const a = own.find((x) => /^the\s+source\b/i.test(c.sentence.text.slice(x.start, x.end)))!;
    chosen = { ...a, name: "source", chain: ["source"], anaphoric: false };
  } else if (
    own.length === 0 &&
    !/\b(?:reportedly|allegedly|reports)\b/i.test(c.sentence.text) &&
    !/^(?:Separately|Meanwhile|Elsewhere|In addition|Additionally|However|By contrast|In contrast|Still|Yet)\b/.test(
      c.sentence.text,
    )
  ) {
    // The paragraph's source: walk back over sentences that name no source of their own (up to three).
    for (let i = c.sentence.index - 1; i >= 0 && i >= c.sentence.index - 3; i--) {
      const prev = ctx.sentences[i];
      if (prev.paragraph !== c.sentence.paragraph) break;
      chosen = named(ctx, prev.index);
      if (chosen) {
        ctx.debug("attachAttribution", "note", c, `inherited "${chosen.name}" from sentence ${prev.index}`);
        break;
      }
      if (ctx.attributions(prev.index).length) break;
    }
    // "… 25,000 workers. This was reported by NHK.": the next sentence names the source of this one.
    if (!chosen) chosen = pointedBackFrom(ctx, c.sentence.index + 1);
    if (chosen) ctx.debug("attachAttribution", "note", c, `"${chosen.name}" from the sentence after`);
    // "…, the statistics show." closing the paragraph vouches for the figures before it too.
    if (!chosen) {
      const next = ctx.sentences[c.sentence.index + 1];
      const closing = next && next.paragraph === c.sentence.paragraph ? ctx.attributions(next.index) : [];
      if (closing.length === 1 && isDataAnaphor(next!.text.slice(closing[0].start, closing[0].end)))
        chosen = dataSource(ctx, next!.index);
    }
  }
  // "Officials said, citing the NIS": a relay keeps its chain for canonicalSources.
  if (chosen?.soft && chosen.chain.length <= 1) chosen = antecedent(ctx, c.sentence.index, 1) ?? chosen;
  if (chosen?.name) ctx.debug(`attribution.${chosen.frame ?? "unknown"}`, "set", c, chosen.name);
  c.attributedTo = chosen?.name?.replace(/[.,;:]+$/, "") ?? null;
  c.attributionChain = chosen?.chain ?? [];
});

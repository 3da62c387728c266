// Destination: the most specific place the people or goods go to or are in. Places inside the
// source phrase ("Seoul's spy agency") are not destinations; "against Ukraine" is not one either;
// a capital standing for its state after sending troops or arms ("to Moscow") means the country.
import { setEach } from "../../../context.ts";
import { SPECIFICITY, findPlaces } from "../places.ts";

import { commonCountry } from "../placeCountry.ts";

const NOT_DESTINATION_BEFORE =
  /\b(?:sources? (?:in|at|inside)|against|war (?:in|on|against|with)|invasion of|invaded|attacks? on|attacked|from|via|through|with|between|by|versus|vs\.?)\s+(?:the\s+)?(?:(?:port|city|region|town|area) of\s+)?$/i;

const GOVERNMENT_VERB =
  /^\s+(?:has|had|have|is|was|will|would|said|says|did|does|must|should|could|can|insists?|insisted|denied|denies|claims?|claimed|announced|agreed|refused|rejected|argued|wants|wanted)\b/;

const SUBSET_CUE =
  /,?\s*(?:with\s+|and\s+)?(?:\b(?:most|mostly|mainly|largely|chiefly|primarily|many|some|half|part|several|the majority|a third|a quarter|a few|others|of which|of whom)\b|\b(?:(?:about|around|some|nearly|roughly|over|almost|more than)\s+)?\d+(?:\.\d+)?\s*(?:%|percent\b))(?:\s+of\s+(?:them|whom|these|those))?[^.;]{0,40}?\b(?:in|to|into|at)\s|\b(?:including|such as)\s+/gi;

export const attachDestination = setEach("attachDestination", (ctx, c) => {
  // A wage is paid where the worker is ("$800 a month in Russia"); revenue flows to the state.
  if (c.subject === "revenue" || c.subject === "wage_share") {
    c.destination = null;
    return;
  }
  const s = c.sentence.text;
  const sources = ctx.attributions(c.sentence.index);
  const anchor = c.figure.start;
  // "in China (50,000) and Russia (30,000)": a bracketed count belongs to the place before it.
  const bracketed = /^\s*\)/.test(s.slice(c.figure.end))
    ? findPlaces(s, ctx.reference.places).find((p) => /^\s*\(\s*$/.test(s.slice(p.end, c.figure.start)))
    : undefined;
  if (bracketed) {
    c.destination = bracketed.name;
    return;
  }
  let best: { name: string; score: number; kind: string; subset: boolean } | null = null;
  // A cue after the figure splits it ("100,000 …, of which some 50,000 in China"); a figure inside
  // or listed within the subset clause ("some 50,000 were in China and 30,000 in Russia") has its
  // own places; a cue in an earlier clause ("…, most of them at Alabuga, and 3,000 more") still
  // marks that clause's places as a subset's.
  const places = findPlaces(s, ctx.reference.places);
  const figureEnd = Math.max(c.figure.end, c.match.end);
  const subsetCue = [...s.matchAll(SUBSET_CUE)].find(
    (m) =>
      // "including China and Russia" lists places; "including engineers" lists no place.
      (!/^(?:including|such as)\b/i.test(m[0]) || places.some((p) => p.start === m.index + m[0].length)) &&
      (m.index >= figureEnd ||
        (m.index + m[0].length <= c.figure.start &&
          /,\s*(?:and|but|while)\b|;/.test(s.slice(m.index + m[0].length, c.figure.start)))),
  );
  const subsetAt = subsetCue ? subsetCue.index : -1;
  const subsetPlaces = new Set<string>();
  for (const p of places) {
    if (sources.some((a) => p.start >= a.start && p.end <= a.end && a.name)) continue;
    const before = s.slice(0, p.start);
    if (NOT_DESTINATION_BEFORE.test(before) || /North Korea['’]s\s+$/.test(before)) continue;
    // "Moscow had missed the deadline": a capital acting for its government is no destination.
    if (p.capital && GOVERNMENT_VERB.test(s.slice(p.end))) continue;
    // "missiles … fired at Kyiv and Kharkiv": targets are not where the arms went.
    if (
      p.start > anchor &&
      /\b(?:fired|launched|struck|strikes?|attacks?|targeting|targeted|aimed)\b[^.;]{0,80}$/i.test(
        s.slice(anchor, p.start),
      )
    )
      continue;
    if (
      /^['’]s\s+(?:war|invasion|military|armed forces|army|defen[cs]e ministry|ministry|government|intelligence|security council|labou?r ministry|president|foreign ministry)\b/i.test(
        s.slice(p.end),
      ) &&
      p.start < anchor
    )
      continue;
    if (
      p.kind === "adjective" &&
      /^\s+(?:officials?|media|authorities|government|intelligence|ministry|president|statistics|side|losses|casualties|soldiers|troops|forces|servicemen)\b/i.test(
        s.slice(p.end),
      )
    )
      continue;
    // "most of them in Liaoning", "some have been sent to Kursk": a subset's place, not the whole group's.
    const subset = subsetAt >= 0 && p.start > subsetAt;
    if (subset) subsetPlaces.add(p.name);
    const prep = /\b(?:to|in|into|inside|at|across|throughout|near|for|towards?|within)\s+(?:the\s+)?$/i.test(
      before,
    )
      ? 5
      : 0;
    const distance = Math.abs(p.start - anchor) / 1000;
    const after = p.start >= anchor ? 0.5 : 0;
    const between = p.start >= anchor ? s.slice(anchor, p.start) : s.slice(p.end, anchor);
    const otherClause =
      /[;]|,\s*and\s+(?:the|it|its|they|he|she|officials|Russia|Moscow|Pyongyang|Seoul|Kyiv)\b|,\s*(?:while|whereas|but|out of|compared|up from|down from|bringing|replacing|including|where|which)\b/.test(
        between,
      )
        ? 100
        : 0;
    // A place in another clause counts only when the figure's own clause names none.
    const score = (subset ? 0 : SPECIFICITY[p.kind] * 10) + prep + after - distance - otherClause;
    if (!best || score > best.score) best = { name: p.name, score, kind: p.kind, subset };
  }
  // Only a subset's places, listed ("30,000 workers, most of them in Vladivostok, Khabarovsk and
  // the Moscow region"): the whole group is somewhere in the country those places share.
  if (best?.subset && subsetPlaces.size >= 3) {
    const country = commonCountry(subsetPlaces, ctx.reference.places);
    if (country) best = { ...best, name: country, kind: "country" };
  }
  // "100,000 abroad, mostly in China and Russia": the whole is in no single place.
  if (best?.subset && subsetPlaces.size >= 2 && !commonCountry(subsetPlaces, ctx.reference.places)) {
    c.destination = null;
    return;
  }
  if (!best) {
    // "Equatorial Guinea said it had expelled 51 workers … in the country": the source is the place.
    const home =
      /\bin the country\b|\bon its (?:soil|territory)\b|\bthere\b|\bthe region\b|[“"]We\b|\bwe have\b/.test(s)
        ? sources
            .map((a) =>
              a.name
                ? findPlaces(a.name, ctx.reference.places).find((p) => p.kind !== "adjective")
                : undefined,
            )
            .find(Boolean)
        : undefined;
    c.destination = home?.name ?? null;
    return;
  }
  let name = best.name;
  const military = !ctx.reference.subjects.labour.has(c.subject);
  if (military && name === "Moscow") name = "Russia";
  // Troops "fighting in Ukraine on Russia's side" are sent to Russia.
  if (name === "Ukraine" && places.some((p) => p.name === "Russia")) name = "Russia";
  c.destination = name;
});

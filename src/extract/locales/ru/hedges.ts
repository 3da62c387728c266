// Russian hedges around a figure: "около", "порядка", "примерно" (approx); "более", "свыше"
// (more than); "не менее", "по крайней мере" (at least); "до", "меньше" (up to). "до" after a
// verb of change ("сократилось до 11 тысяч") is the figure reached, not a bound.
import type { Qualifier } from "../../../types.ts";

const BEFORE: [RegExp, Qualifier][] = [
  [
    /(?:не\s+менее|не\s+меньше|по\s+крайней\s+мере|по\s+меньшей\s+мере|как\s+минимум|минимум)\s*$/iu,
    "at_least",
  ],
  [/(?:не\s+более|не\s+больше|менее|меньше|максимум|вплоть\s+до)\s*(?:чем\s*)?$/iu, "up_to"],
  [/(?:более|больше|свыше|сверх|более\s+чем|больше\s+чем)\s*$/iu, "more_than"],
  [
    /(?:около|примерно|порядка|приблизительно|ориентировочно|почти|где-то|чуть\s+ли\s+не|примерно\s+в)\s*$/iu,
    "approx",
  ],
];
const CHANGE_VERB =
  /(?:сократил|снизил|уменьшил|увеличил|вырос|выросл|возрос|достиг|упал|упало|сокращен|доведен|довести|увеличить|сократить|снизить)\p{L}*\s+(?:\p{L}+\s+){0,2}$/iu;
const AFTER_MORE = /^\s*(?:с\s+лишним|с\s+небольшим|с\s+гаком)/iu;

/** Qualifier of the figure at [start, end) of the sentence (ranges are decided by the caller). */
export function hedgeRu(sentence: string, start: number, end: number): Qualifier {
  const before = sentence.slice(Math.max(0, start - 40), start).replace(/[\u00a0\u202f]/g, " ");
  if (AFTER_MORE.test(sentence.slice(end))) return "more_than";
  if (/(?:^|[^\p{L}])до\s*$/iu.test(before)) {
    const ahead = before.replace(/до\s*$/iu, "");
    return CHANGE_VERB.test(ahead) ? "exact" : "up_to";
  }
  for (const [re, q] of BEFORE) if (re.test(before)) return q;
  return "exact";
}

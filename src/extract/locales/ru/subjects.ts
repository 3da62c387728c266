// Russian subject parser: what a figure counts. The noun just after it ("6000 военнослужащих",
// "13 тысяч транспортных контейнеров", up to three words between); for "N человек" or a bare
// figure, the nearest subject noun in the sentence ("работников … в количестве 9 264 человек");
// money is a wage or revenue, a share of wages is a wage share.
import type { SubjectMatch } from "../en/subjects.ts";
import type { Figure } from "../en/figures.ts";
import { defaultReference } from "../../../reference/index.ts";
import { PEOPLE_WORD, russianNouns, type Noun } from "./nouns.ts";
import { tokensRu, type Token } from "./stem.ts";

const WAGE = /зарплат|заработн\p{L}* плат|оклад|жалован|обходит\p{L}* в|на руки|каждый получа/iu;
const EARNINGS =
  /доход|заработ|выручк|валют|приносит|принос\p{L}+|зарабатыва|получа\p{L}+ .{0,30}(?:власт|режим|пхеньян)|в казну|в бюджет/iu;
const TRADE = /товарооборот|торгов|экспорт|импорт|инвестиц|кредит|долг|бюджет\p{L}* росси/iu;

function nounAt(toks: Token[], i: number, nouns: readonly Noun[]) {
  const words = toks
    .slice(i, i + 4)
    .map((t) => t.text.toLowerCase())
    .join(" ");
  for (const n of nouns) if (n.re.test(words)) return n.subject;
  return null;
}

export function findSubjectRu(
  sentence: string,
  figure: Figure,
  nouns: readonly Noun[] = russianNouns(defaultReference().subjects.nouns("ru")),
): SubjectMatch | null {
  if (figure.percent) {
    if (!/заработ|зарплат|жалован|доход|на руки|получа/iu.test(sentence)) return null;
    return { subject: "wage_share", start: figure.start, end: figure.end, modifiers: "", how: "share" };
  }
  if (figure.currency) {
    const subject =
      WAGE.test(sentence) || figure.period === "month"
        ? "wage"
        : EARNINGS.test(sentence) && !TRADE.test(sentence)
          ? "revenue"
          : null;
    return subject && { subject, start: figure.start, end: figure.end, modifiers: "", how: "money" };
  }
  const toks = tokensRu(sentence);
  const after = toks.filter((t) => t.start >= figure.end);
  // the noun right after the figure, with up to three words (adjectives, "из КНДР") between
  for (let k = 0; k < Math.min(4, after.length); k++) {
    const gap = sentence.slice(figure.end, after[k].start);
    if (/[.;:!?()«»"]|\s[—–-]\s/.test(gap) && !/^\s*[—–-]\s*(?:это\s+)?$/.test(gap)) break;
    if (k === 0 && PEOPLE_WORD.test(after[0].text)) break;
    const subject = nounAt(after, k, nouns);
    if (subject) {
      const t = after[k];
      return { subject, start: t.start, end: t.end, modifiers: gap.trim(), how: "after" };
    }
  }
  // "N человек", or a count whose noun was named elsewhere in the sentence: the nearest noun
  const generic =
    after[0] && PEOPLE_WORD.test(after[0].text) && sentence.slice(figure.end, after[0].start).trim() === "";
  if (!generic) return null;
  let best: { subject: SubjectMatch["subject"]; t: Token; d: number } | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.start >= figure.start && t.end <= after[0].end) continue;
    const subject = nounAt(toks, i, nouns);
    if (!subject || subject === "nationals") continue;
    const d = t.start < figure.start ? figure.start - t.end : t.start - figure.end;
    if (!best || d < best.d) best = { subject, t, d };
  }
  if (best)
    return { subject: best.subject, start: best.t.start, end: best.t.end, modifiers: "", how: "group" };
  return { subject: "nationals", start: after[0].start, end: after[0].end, modifiers: "", how: "after" };
}

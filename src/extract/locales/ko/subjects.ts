// Korean subject parser: the counter after the figure ("명", "개", "발") and the nearest subject
// noun before it (within the clause) or after it with 의; money is a wage ("임금", "한 달",
// "1인당") or revenue ("벌어들이는 돈", "외화"); a percentage of wages is a wage share.
import type { SubjectMatch } from "../en/subjects.ts";
import type { Figure } from "../en/figures.ts";
import type { Subject } from "../../../types.ts";
import { defaultReference } from "../../../reference/index.ts";
import { COUNTER_SUBJECT, koreanNouns } from "./nouns.ts";

const WAGE = /임금|월급|급여|1인당|한\s?달에|생활비|봉급/u;
const REVENUE = /벌어들|외화|수익|수입|번\s?돈|돈이|자금|상납/u;
const TRADE = /교역|무역|수출|수입액|투자/u;

function nearest(
  text: string,
  fromEnd: boolean,
  nouns: readonly [Subject, RegExp][],
): { subject: Subject; at: number; len: number } | null {
  let best: { subject: Subject; at: number; len: number } | null = null;
  for (const [subject, re] of nouns)
    for (const m of text.matchAll(new RegExp(re.source, "gu"))) {
      const d = fromEnd ? text.length - (m.index + m[0].length) : m.index;
      const bd = best ? (fromEnd ? text.length - (best.at + best.len) : best.at) : Infinity;
      if (d < bd) best = { subject, at: m.index, len: m[0].length };
    }
  return best;
}

export function findSubjectKo(
  sentence: string,
  figure: Figure,
  nouns: readonly [Subject, RegExp][] = koreanNouns(defaultReference().subjects.nouns("ko")),
): SubjectMatch | null {
  const at = (subject: Subject, how: SubjectMatch["how"]): SubjectMatch => ({
    subject,
    start: figure.start,
    end: figure.end,
    modifiers: "",
    how,
  });
  if (figure.percent) return WAGE.test(sentence) ? at("wage_share", "share") : null;
  if (figure.currency) {
    if (WAGE.test(sentence) || figure.period === "month") return at("wage", "money");
    return REVENUE.test(sentence) && !TRADE.test(sentence) ? at("revenue", "money") : null;
  }
  const after = sentence.slice(figure.end);
  const counter = /^\s?(명|개|발|척|대|건|회|차례|기|정|문)/u.exec(after)?.[1];
  if (!counter) return null;
  // "병사 1명": one soldier is an anecdote, not a flow
  if (counter === "명" && figure.value === 1) return null;
  if (COUNTER_SUBJECT[counter]) return at(COUNTER_SUBJECT[counter], "after");
  // "… 1만 1천명의 북한군", "1000개가 넘는 컨테이너", "1만3천개 이상의 컨테이너"
  const follow =
    /^\s?[명개대]\s?(?:여\s?)?(?:의|가\s?넘는|이\s?넘는|을\s?넘는|이상의|가량의|정도의|에\s?달하는|에\s?달했던|에\s?달한|규모의)\s*/u.exec(
      after,
    );
  if (follow) {
    const n = nearest(after.slice(follow[0].length, follow[0].length + 20), false, nouns);
    if (n) return at(n.subject, "after");
  }
  // the noun before the figure, inside the clause
  const clause =
    sentence
      .slice(0, figure.start)
      .split(/[,.“”"]|며\s|고\s|면서/u)
      .pop() ?? "";
  const n = nearest(clause.slice(-30), true, nouns);
  if (n) {
    if (
      counter === "명" &&
      ["containers", "munitions", "missiles", "weapons", "shipments", "visas"].includes(n.subject)
    )
      return null;
    if (
      counter !== "명" &&
      !["containers", "munitions", "missiles", "weapons", "shipments", "visas"].includes(n.subject)
    )
      return null;
    return at(n.subject, "before");
  }
  return null;
}

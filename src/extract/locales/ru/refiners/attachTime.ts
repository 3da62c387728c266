// The time each Russian figure refers to: a period the sentence states (times.ts); otherwise
// habitual statements ("ежегодно") have none, tallies of losses and arrivals run up to the
// publication date, and present or planned statements take the publication date.
import { setEach } from "../../../context.ts";
import { findTimeRu, statementDateRu } from "../times.ts";

const HABITUAL = /ежегодно|ежемесячно|каждый\s+год|каждый\s+месяц|в\s+год(?!\p{L})|обычно|как\s+правило/iu;
const PRESENT =
  /сейчас|в\s+настоящее\s+время|на\s+данный\s+момент|ныне|на\s+сегодня|работают|трудятся|находятся|остается|остаются|составляет|насчитывается|дислоцируются|воюют|планир|намерен|собира/iu;

export const attachTime = setEach("ru.attachTime", (ctx, c) => {
  const s = c.sentence.text;
  // a statement dated in the sentence ("17 июня … сообщил") is dated so, not by the publication
  const pub = statementDateRu(s, ctx.doc.published) ?? ctx.doc.published;
  const stated = findTimeRu(s, pub);
  const prev = ctx.sentences[c.sentence.index - 1];
  const carried =
    prev && prev.paragraph === c.sentence.paragraph ? findTimeRu(prev.text, ctx.doc.published) : null;
  if (stated) c.time = stated;
  else if (carried?.includes("/") && !HABITUAL.test(s))
    c.time = carried; // "since mid-2022 …" carries on
  else if (HABITUAL.test(s)) c.time = null;
  else if (!pub) c.time = null;
  else if (c.event === "casualties" || c.event === "deployment_reported") c.time = `../${pub}`;
  else if (c.event === "deployment_planned" || PRESENT.test(s)) c.time = pub;
  else c.time = null;
  ctx.debug("ru.attachTime", "set", c, c.time ?? "none");
});

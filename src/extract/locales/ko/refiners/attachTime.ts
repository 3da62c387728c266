// The time each Korean figure refers to: a stated period (times.ts); "매년" (every year) none;
// tallies of losses and dispatches run up to the publication date; plans and the present take it.
import { setEach } from "../../../context.ts";
import { findTimeKo, statementDateKo } from "../times.ts";

export const attachTime = setEach("ko.attachTime", (ctx, c) => {
  const s = c.sentence.text;
  const pub = statementDateKo(s, ctx.doc.published) ?? ctx.doc.published;
  // the period stated nearest before the figure ("2024년 10월부터 … 2월 중순부터 약 4천 명")
  const clauses = s.slice(0, c.figure.start).split(/고\s|며\s|,\s/u);
  const stated = findTimeKo(clauses[clauses.length - 1], pub) ?? findTimeKo(s, pub);
  const prev = ctx.sentences[c.sentence.index - 1];
  const carried =
    prev && ctx.reference.subjects.arms.has(c.subject) ? findTimeKo(prev.text, ctx.doc.published) : null;
  if (/한때/u.test(s.slice(Math.max(0, c.figure.start - 15), c.figure.start)))
    c.time = null; // "at one time"
  else if (stated) c.time = stated;
  else if (carried?.includes("/"))
    c.time = carried; // the shells in the containers counted just before
  else if (/매년|해마다|매달|통상/u.test(s) || !pub) c.time = null;
  else if (/최근|현재까지|지금까지/u.test(s)) c.time = `../${pub}`;
  else if (c.event === "casualties" || c.event === "deployment_reported") c.time = `../${pub}`;
  else c.time = pub;
  ctx.debug("ko.attachTime", "set", c, c.time ?? "none");
});

// Time: the date or period the figure refers to, from the time expression nearest the figure in
// its sentence; relative expressions are resolved against the publication date (null without one).
import { setEach } from "../context.ts";
import { findTimes } from "../parsers/times.ts";

export const attachTime = setEach("attachTime", (ctx, c) => {
  const s = c.sentence.text;
  let best: { value: string | null; d: number } | null = null;
  for (const t of findTimes(s, ctx.doc.published)) {
    if (t.start < c.figure.end && t.end > c.figure.start) continue;
    const between = t.end <= c.figure.start ? s.slice(t.end, c.figure.start) : s.slice(c.figure.end, t.start);
    // A time in another clause ("…in January, bringing the total to 15,000") is not this figure's.
    if (
      /[;]|,\s*and\s+(?:the|it|its|they|he|she|officials|Russia|Moscow|Pyongyang|Seoul|Kyiv)\b|,\s*(?:while|whereas|but|which|bringing|replacing|raising|taking|up from|down from|compared|out of|of whom)\b/.test(
        between,
      )
    )
      continue;
    // "fell to 4,000 in November from about 30,000": a time before "from N" belongs to the other figure.
    if (t.end <= c.figure.start && /\b(?:from|versus|compared with|compared to|against)\s*$/i.test(between))
      continue;
    const d = Math.abs(t.end <= c.figure.start ? c.figure.start - t.end : t.start - c.figure.end);
    if (!best || d < best.d) best = { value: t.value, d };
  }
  // "Of these, 7,887 came on student visas": an elliptical count shares its antecedent's time.
  if (!best && c.antecedent) best = { value: c.antecedent.time, d: 0 };
  c.time = best?.value ?? null;
});

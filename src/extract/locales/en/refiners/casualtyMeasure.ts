// Which casualties a casualty figure counts. "600 died and another 4,100 were injured" holds two
// measures; "4,700 killed or wounded" is a third. They are never merged with each other.
import type { CasualtyMeasure } from "../../../../types.ts";
import { setEach } from "../../../context.ts";

const KILLED = /\b(?:killed|dead|died|deaths?|fatalities|perished|lost their lives|killed in action|KIA)\b/i;
const WOUNDED = /\b(?:wounded|injured|injuries|hurt)\b/i;
const BOTH =
  /\b(?:killed (?:or|and) (?:wounded|injured)|dead (?:or|and) (?:wounded|injured)|casualties|losses)\b/i;

export function measureIn(window: string): CasualtyMeasure | null {
  if (BOTH.test(window)) return "killed_or_wounded";
  const k = KILLED.exec(window);
  const w = WOUNDED.exec(window);
  if (k && w) return "killed_or_wounded";
  if (k) return "killed";
  if (w) return "wounded";
  return null;
}

export const casualtyMeasure = setEach("casualtyMeasure", (ctx, c) => {
  if (c.subject !== "casualties") return;
  const s = c.sentence.text;
  // The words that say what happened to the counted people, up to the next figure or clause.
  const end = Math.max(c.figure.end, c.match.end);
  const tail = s
    .slice(end, end + 70)
    .split(/[;]|,\s*(?:and|while|but|with)\b|\band (?:another|a further)\b|\d/)[0];
  const head =
    s
      .slice(Math.max(0, c.figure.start - 30), c.figure.start)
      .split(/[;,]/)
      .pop() ?? "";
  const m = measureIn(s.slice(c.figure.start, end) + " " + tail) ?? measureIn(head);
  if (m) {
    c.measure = m;
    ctx.debug("casualtyMeasure", "set", c, m);
  }
});

// A total followed by its breakdown ("6,000 people to Kursk: 1,000 sappers … and 5,000 builders …")
// or counting two groups at once ("6,000 engineers and builders") is not a claim about one subject:
// the contract counts each group on its own, so the parts stay and the mixed total goes.
import type { NounEntry } from "../../../../reference/index.ts";
import type { Candidate, ExtractContext, Refiner } from "../../../context.ts";

interface NounTests {
  groupNoun: RegExp;
  each: { subject: string; re: RegExp }[];
}
const compiled = new WeakMap<readonly NounEntry[], NounTests>();

/** The registry's English nouns as the tests below need them (compiled once per list). */
function nounTests(nouns: readonly NounEntry[]): NounTests {
  let t = compiled.get(nouns);
  if (!t) {
    t = {
      groupNoun: new RegExp(
        `^\\s*(?:and|&)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns.map((n) => n.pattern).join("|")})\\b`,
        "iu",
      ),
      each: nouns.map((n) => ({ subject: n.subject, re: new RegExp(`\\b(?:${n.pattern})\\b`, "i") })),
    };
    compiled.set(nouns, t);
  }
  return t;
}

function subjectOf(phrase: string, t: NounTests): string | null {
  for (const n of t.each) if (n.re.test(phrase)) return n.subject;
  return null;
}

/** "engineers and builders": the counted noun is joined to a noun of another subject. */
function mixedGroups(ctx: ExtractContext, c: Candidate): boolean {
  if (c.match.how !== "after") return false;
  const t = nounTests(ctx.reference.subjects.nouns("en"));
  const rest = c.sentence.text.slice(c.match.end);
  const joined = t.groupNoun.exec(rest);
  if (!joined) return false;
  const other = subjectOf(joined[0].replace(/^\s*(?:and|&)\s+/i, ""), t);
  return other !== null && other !== c.subject && other !== "casualties";
}

/** The figure opens a breakdown: a colon or dash after it, then two or more parts in the sentence. */
function breakdownFollows(c: Candidate, all: Candidate[]): boolean {
  const s = c.sentence.text;
  const from = Math.max(c.figure.end, c.match.end);
  const colon = /^[^:;—–\d]{0,80}?(?::|\s[—–]|\s--?)\s/.exec(s.slice(from));
  if (!colon) return false;
  const after = from + colon.index + colon[0].length;
  const parts = all.filter(
    (o) => o !== c && o.sentence.index === c.sentence.index && o.figure.start >= after,
  );
  return parts.length >= 2 && new Set(parts.map((p) => p.subject)).size >= 2;
}

export const dropBreakdownTotals: Refiner = {
  name: "dropBreakdownTotals",
  refine(ctx, candidates) {
    const dropped = new Set<Candidate>();
    return candidates.filter((c) => {
      const why = breakdownFollows(c, candidates)
        ? "a total whose breakdown follows"
        : !c.antecedent && mixedGroups(ctx, c)
          ? "counts two groups at once"
          : c.antecedent && dropped.has(c.antecedent)
            ? "its antecedent was a mixed total"
            : null;
      if (why) {
        ctx.debug("dropBreakdownTotals", "dropped", c, why);
        dropped.add(c);
      }
      return !why;
    });
  },
};

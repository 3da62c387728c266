// Who the text says the figure comes from, for locales: the source frames of the figure's sentence
// (a person over an agency over an outlet, which usually only relays; of two bodies the later,
// nearer the verb); a pronoun frame or no frame
// takes the last source named in the two sentences before; failing that, the next sentence's.
import type { Candidate, ExtractContext, Refiner } from "../../context.ts";

export interface Frame {
  source: string | null;
  /** "mention": a person named without a frame, whom a later "он"/"его" can refer to. */
  type: "person" | "agency" | "outlet" | "organization" | "pronoun" | "mention";
  start: number;
}

const RANK = { person: 3, agency: 2, organization: 2, outlet: 1, pronoun: 0, mention: 0 } as const;

function best(frames: Frame[]): Frame | null {
  return frames
    .filter((f) => f.source && f.type !== "mention")
    .reduce<Frame | null>(
      (b, f) =>
        !b || RANK[f.type] > RANK[b.type] || (RANK[f.type] === RANK[b.type] && f.type !== "person") ? f : b,
      null,
    );
}

export function attachAttributionWith(
  name: string,
  frames: (sentence: string, doc: string) => Frame[],
): Refiner {
  return {
    name,
    refine(ctx: ExtractContext, candidates: Candidate[]) {
      const cache = new Map<number, Frame[]>();
      const at = (i: number) => {
        let f = cache.get(i);
        if (!f)
          cache.set(
            i,
            (f = i >= 0 && i < ctx.sentences.length ? frames(ctx.sentences[i].text, ctx.doc.text) : []),
          );
        return f;
      };
      // the last named source before sentence i (pronouns resolve to it)
      const lastBefore = (i: number, reach: number, person = false) => {
        for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
          const b = person ? at(k).findLast((f) => f.type === "person" || f.type === "mention") : best(at(k));
          if (b) return b;
        }
        return null;
      };
      const nextAfter = (i: number, reach: number) => {
        for (let k = i + 1; k < ctx.sentences.length && k - i <= reach; k++) {
          const b = best(at(k));
          if (b) return b;
        }
        return null;
      };
      for (const c of candidates) {
        const i = c.sentence.index;
        const own = at(i);
        const pronoun = own.some((x) => x.type === "pronoun");
        const f =
          best(own) ??
          (pronoun ? (lastBefore(i, 8, true) ?? lastBefore(i, 8)) : null) ??
          lastBefore(i, 2) ??
          nextAfter(i, 3);
        c.attributedTo = f?.source ?? null;
        c.attributionChain = c.attributedTo ? [c.attributedTo] : [];
        ctx.debug(name, "set", c, c.attributedTo ?? "none");
      }
      return candidates;
    },
  };
}

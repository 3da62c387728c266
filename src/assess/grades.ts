// Grades on the Admiralty/NATO scheme. Source reliability (A–F) belongs to the origin and comes from
// data/reliability/sources.json or an analyst override; information credibility (1–6) belongs to a
// figure and comes from how many independent origins agree with it and whether any contradicts it.
// Every grade carries its reason in words.
import { agree } from "./figures.ts";
import { reliabilityOf, type ReliabilityOverrides, type SourceTable } from "./sources.ts";
import type { Contradiction, Credibility, Grade, Reliability, SeriesFigure } from "./types.ts";

export const RELIABILITY_SCALE: Record<Reliability, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

export const CREDIBILITY_SCALE: Record<Credibility, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};

const RANK: Record<Reliability, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 };

/** Well-sourced: reliability C or better, or confirmed by at least two independent origins. */
export function isWellSourced(reliability: Reliability, corroboration: number): boolean {
  return RANK[reliability] <= RANK.C || corroboration >= 2;
}

export interface GradeInput {
  key: string;
  originId: string;
  originName: string;
  quantity: number | [number, number];
  qualifier: SeriesFigure["qualifier"];
  /** Precomputed figureInterval(quantity, qualifier); computed when absent. */
  interval?: [number, number];
}

// Corroboration needs agreement within tolerance, not mere compatibility: a ceiling ("up to")
// or a floor ("more than") is consistent with much smaller or larger figures but confirms neither.
function overlaps(a: GradeInput, b: GradeInput): boolean {
  return agree(a, b);
}

/**
 * Grades one figure against the other figures of the same quantity and period.
 * `reliability` is the figure's own origin's grade; `reliabilityOfOrigin` grades the others.
 */
export function gradeFigure(
  figure: GradeInput,
  others: GradeInput[],
  reliability: { grade: Reliability; reason: string },
  reliabilityOfOrigin: (originId: string) => Reliability,
): Grade & { corroboration: number; contradictedBy: string[] } {
  const agreeing = new Map<string, string>([[figure.originId, figure.originName]]);
  const disagreeing = new Map<string, string>();
  for (const other of others) {
    if (other.key === figure.key || other.originId === figure.originId) continue;
    if (overlaps(figure, other)) agreeing.set(other.originId, other.originName);
    else disagreeing.set(other.originId, other.originName);
  }
  return judge(figure, agreeing, disagreeing, reliability, reliabilityOfOrigin);
}

/**
 * Grades every figure of one period. Same result as gradeFigure on each, but agreement is worked
 * out once per distinct interval, so a period with many repeats of few figures stays cheap.
 */
export function gradePeriod(
  inputs: GradeInput[],
  reliabilityOf: (originId: string) => { grade: Reliability; reason: string },
): (Grade & { corroboration: number; contradictedBy: string[] })[] {
  const byInterval = new Map<string, { agree: Map<string, string>; disagree: Map<string, string> }>();
  return inputs.map((figure) => {
    const key = `${JSON.stringify(figure.quantity)}|${figure.qualifier}`;
    let sets = byInterval.get(key);
    if (!sets) {
      sets = { agree: new Map(), disagree: new Map() };
      for (const other of inputs) {
        if (overlaps(figure, other)) sets.agree.set(other.originId, other.originName);
        else sets.disagree.set(other.originId, other.originName);
      }
      byInterval.set(key, sets);
    }
    const agreeing = new Map(sets.agree);
    agreeing.set(figure.originId, figure.originName);
    const disagreeing = new Map([...sets.disagree].filter(([id]) => id !== figure.originId));
    return judge(
      figure,
      agreeing,
      disagreeing,
      reliabilityOf(figure.originId),
      (id) => reliabilityOf(id).grade,
    );
  });
}

function judge(
  figure: GradeInput,
  agreeing: Map<string, string>,
  disagreeing: Map<string, string>,
  reliability: { grade: Reliability; reason: string },
  reliabilityOfOrigin: (originId: string) => Reliability,
): Grade & { corroboration: number; contradictedBy: string[] } {
  // An origin that both agrees (one figure) and disagrees (another) counts as agreeing.
  for (const id of agreeing.keys()) disagreeing.delete(id);
  void figure;
  const corroboration = agreeing.size;
  const contradictedBy = [...disagreeing.keys()];
  const contradictorNames = [...disagreeing.values()].join(", ");
  const grade = reliability.grade;
  let credibility: Credibility;
  let reason: string;
  if (corroboration >= 2 && !contradictedBy.length) {
    credibility = 1;
    reason = `confirmed: ${corroboration} independent origins give compatible figures, none contradicts`;
  } else if (corroboration >= 2) {
    credibility = 2;
    reason = `probably true: ${corroboration} independent origins agree, but ${contradictorNames} give incompatible figures`;
  } else if (contradictedBy.length) {
    const stronger = contradictedBy.filter((id) => RANK[reliabilityOfOrigin(id)] <= RANK[grade]);
    if (stronger.length) {
      credibility = 5;
      reason = `improbable: single origin, contradicted by ${contradictorNames}, of equal or better reliability`;
    } else if (RANK[grade] <= RANK.C) {
      credibility = 3;
      reason = `possibly true: one origin graded ${grade}, contradicted only by less reliable ${contradictorNames}`;
    } else {
      credibility = 4;
      reason = `doubtful: single origin graded ${grade}, contradicted by ${contradictorNames} (less reliable still)`;
    }
  } else if (RANK[grade] <= RANK.C) {
    credibility = 3;
    reason = `possibly true: one origin graded ${grade}, not contradicted, not yet confirmed by a second origin`;
  } else if (grade === "F") {
    credibility = 6;
    reason = "cannot be judged: one origin whose reliability cannot be judged, no corroboration";
  } else {
    credibility = 4;
    reason = `doubtful: one origin graded ${grade} (${RELIABILITY_SCALE[grade]}), no corroboration`;
  }
  return {
    reliability: grade,
    reliabilityReason: reliability.reason,
    credibility,
    credibilityReason: reason,
    corroboration,
    contradictedBy,
  };
}

/** A grader bound to a source table and analyst overrides, memoising per origin. */
export function makeReliability(overrides: ReliabilityOverrides = {}, sources?: SourceTable) {
  const cache = new Map<string, { grade: Reliability; reason: string }>();
  return (originId: string) => {
    let r = cache.get(originId);
    if (!r) cache.set(originId, (r = reliabilityOf(originId, overrides, sources)));
    return r;
  };
}

/**
 * Contradictions in one series period: pairs of figures from different documents whose intervals
 * do not overlap (see TOLERANCE in figures.ts). One entry per pair of distinct (origin, figure).
 */
export function findContradictions(
  seriesKey: string,
  period: string,
  figures: Pick<SeriesFigure, "claimKey" | "docId" | "quantity" | "qualifier" | "origin" | "interval">[],
  family: string,
  limit = 200,
): Contradiction[] {
  if (family === "other") return [];
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < figures.length && out.length < limit; i++) {
    for (let j = i + 1; j < figures.length && out.length < limit; j++) {
      const a = figures[i];
      const b = figures[j];
      if (a.docId === b.docId || (a.interval[0] <= b.interval[1] && b.interval[0] <= a.interval[1])) continue;
      const pair = [
        `${a.origin.id}=${JSON.stringify(a.quantity)}`,
        `${b.origin.id}=${JSON.stringify(b.quantity)}`,
      ]
        .sort()
        .join("|");
      if (seen.has(pair)) continue;
      seen.add(pair);
      const sameOrigin = a.origin.id === b.origin.id;
      const batches =
        family === "realised"
          ? "; if these are separate dispatches they may both hold — analyst to judge"
          : "";
      out.push({
        id: `${seriesKey}@${period}#${a.claimKey}~${b.claimKey}`,
        seriesKey,
        period,
        claimKeys: [a.claimKey, b.claimKey],
        origins: [a.origin.id, b.origin.id],
        figures: [a.quantity, b.quantity],
        reason:
          (sameOrigin
            ? `${a.origin.name} gives two incompatible figures in ${period} (a revision?)`
            : `${a.origin.name} and ${b.origin.name} give incompatible figures for ${period}`) +
          ` beyond the tolerance (exact ±5 %, approximate ±15 %, bounds open-ended)${batches}`,
      });
    }
  }
  return out;
}

// A headline and the body of one article often state the same figure twice ("12,000 North Koreans
// to Tatarstan" over "12,000 workers to the Alabuga zone in Tatarstan"). Within one document such
// restatements are one claim: the most specific reading (site over region, workers over nationals)
// is kept, so one report does not become two findings.
import type { Claim } from "../types.ts";
import { claimPeriod, eventFamily, quantityBounds, subjectGroup } from "./figures.ts";
import { measureKey, measureOf } from "./measures.ts";
import { normalisePlace, placeWithin } from "./places.ts";

// "nationals" counts any DPRK citizen; a labour subject says more.
const SUBJECT_RANK: Record<string, number> = { nationals: 0, workers: 1 };

function sameFigure(a: Claim, b: Claim): boolean {
  const [al, ah] = quantityBounds(a.quantity);
  const [bl, bh] = quantityBounds(b.quantity);
  return al === bl && ah === bh && a.unit === b.unit;
}

function samePlaceLine(a: Claim, b: Claim): boolean {
  const pa = normalisePlace(a.destination).name;
  const pb = normalisePlace(b.destination).name;
  return pa === pb || placeWithin(a.destination, b.destination) || placeWithin(b.destination, a.destination);
}

/** 0 when b is no more specific than a; positive when b is more specific. */
function specificity(c: Claim): number {
  const place = normalisePlace(c.destination);
  return place.path.length * 10 + (SUBJECT_RANK[c.subject] ?? 2);
}

/**
 * The claims of one document with restatements of the same figure folded into the most specific
 * one. Two claims restate each other when they give the same figure and unit, for subjects of one
 * group, of one measure and period, at places on one line of the place hierarchy.
 */
export function foldRestatements<C extends Claim>(claims: C[], published: string | null): C[] {
  const kept: C[] = [];
  for (const c of claims) {
    const period = claimPeriod({ claim: c, published }).period;
    const twin = kept.findIndex(
      (k) =>
        k !== c &&
        sameFigure(k, c) &&
        subjectGroup(k.subject) === subjectGroup(c.subject) &&
        eventFamily(k) === eventFamily(c) &&
        measureKey(measureOf(k)) === measureKey(measureOf(c)) &&
        claimPeriod({ claim: k, published }).period === period &&
        samePlaceLine(k, c) &&
        // Two figures in one sentence are two claims (1,000 deminers and 1,000 builders).
        k.evidence !== c.evidence,
    );
    if (twin < 0) kept.push(c);
    else if (specificity(c) > specificity(kept[twin])) kept[twin] = c;
  }
  return kept;
}

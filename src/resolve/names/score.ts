// scoreNames: weighted token alignment → score 0..1, a match decision and an explanation in words.
//   score = Σ w·c(sim) / (Σ w + λ·Σ w_extra)   over aligned pairs and left-over tokens
// where w is the pair's informativeness (rare tokens weigh more, so a shared family name never
// carries a match), c() sharpens similarity so a conflicting given name costs its full weight, and
// λ makes a missing token (middle name, patronymic, qualifier) cost less than a conflicting one.
import { alignTokens } from "./align.ts";
import { contribution } from "./token-similarity.ts";
import { editSimilarityAtLeast } from "./similarity.ts";
import { normalizeName, type NameToken, type NormalizedName } from "./normalize.ts";
import { BRANCH_WORDS, COUNTRY_WORDS } from "./vocabulary.ts";

export interface PartyFacts {
  dob?: string;
  nationality?: string;
}

export interface ScoreOptions {
  type?: "person" | "organization";
  a?: PartyFacts;
  b?: PartyFacts;
  threshold?: number;
}

export interface ScoreResult {
  score: number;
  match: boolean;
  explanation: string[];
}

import { DEFAULT_THRESHOLD } from "./threshold.ts";

export { DEFAULT_THRESHOLD };

const CONFLICT_BELOW = 0.7;
const LEGAL_FORM_PENALTY = 0.12;
// an extra word in a company name costs by its distinctiveness: a rare word (a second proper name)
// nearly its full weight, a word common in list names (Trading, Foundation, Industries) little
const ORG_EXTRA_FLOOR = 0.25;
const QUALIFIER_COST = 0.2;
const PREFIX_COST = 0.12;
const WEAK_NAME_EXTRA_FLOOR = 0.6;

function orgExtraCost(t: NameToken, strongest: number): number {
  // Korea / General / National: North Korean entity names carry or drop them at will
  if (ORG_PREFIXES.has(t.text)) return PREFIX_COST;
  if (ORG_FORM_WORDS.has(t.text) || t.qualifier || BRANCH_WORDS.has(t.text)) return QUALIFIER_COST;
  // when no shared word is distinctive (Korea Mining Trading), a missing common word still counts
  const floor = strongest >= 0.8 ? ORG_EXTRA_FLOOR : WEAK_NAME_EXTRA_FLOOR;
  return Math.max(floor, t.weight ** 1.5);
}
// words North Korean entity names carry or drop freely ("Korea Daesong Bank" = "Daesong Bank")
const ORG_PREFIXES = new Set(["korea", "korean", "dprk", "choson", "chosun", "general", "national"]);
// words lists swap for one another in one company's names (Group / Company / Corporation / Holding)
// …and the unit words of state bodies (General Bureau / Department / Administration of one body)
const ORG_FORM_WORDS = new Set([
  "company",
  "group",
  "holding",
  "concern",
  "limited",
  "bureau",
  "department",
  "administration",
  "directorate",
]);
const PATRONYMIC = new Set(["bin", "bint", "binti"]);

function patronymicCrossings(
  na: NormalizedName,
  nb: NormalizedName,
  pairs: Array<{ a: number[]; b: number[] }>,
): number {
  const pa = na.tokens.findIndex((t) => PATRONYMIC.has(t.text));
  const pb = nb.tokens.findIndex((t) => PATRONYMIC.has(t.text));
  if (pa < 0 || pb < 0) return 0;
  let crossings = 0;
  for (const p of pairs) {
    if (p.a.length !== 1 || p.b.length !== 1 || p.a[0] === pa) continue;
    if (p.a[0] < pa !== p.b[0] < pb) crossings++;
  }
  return crossings;
}
const CONFLICT_PENALTY = 0.5;
// "Syriatel" in "Syriatel Mobile Telecom": the longer name adds words to a whole shorter name
const CONTAINED_FACTOR = 0.35;
const CONTAINED_MIN_WEIGHT = 0.9;
const CONTAINED_RARE_FACTOR = 0.6;
const countryWord = (t: NameToken) => !t.qualifier && COUNTRY_WORDS.has(t.text);

/** The side ("A"/"B") whose every token found a close partner in the other, longer name, if any. */
function containedSide(
  na: NormalizedName,
  nb: NormalizedName,
  pairs: Array<{ a: number[]; b: number[]; similarity: number; weight: number }>,
  extraA: number[],
  extraB: number[],
): "A" | "B" | undefined {
  if (pairs.some((p) => p.similarity < 0.9)) return undefined;
  // a short one-word name (Hua, Nico, Makin) inside a longer one is as often another company
  const shorter = extraA.length === 0 ? na : nb;
  if (shorter.tokens.length === 1 && shorter.tokens[0].text.length < 6) return undefined;
  const matched = pairs.reduce((sum, p) => sum + p.weight, 0);
  if (matched < CONTAINED_MIN_WEIGHT) return undefined;
  // the longer name adds words before or after the whole shorter one, not inside it
  // (Korea Mining Trading Corporation is not contained in Korea Mining Development Trading Corporation)
  const run = (extras: number[], length: number) => {
    const used = [...Array(length).keys()].filter((i) => !extras.includes(i));
    return used.length > 0 && used[used.length - 1] - used[0] + 1 === used.length;
  };
  if (extraA.length === 0 && extraB.length > 0 && run(extraB, nb.tokens.length)) return "A";
  if (extraB.length === 0 && extraA.length > 0 && run(extraA, na.tokens.length)) return "B";
  return undefined;
}
const EXTRA_PENALTY = { person: 0.35, organization: 1.0 };
const PERSON_SHORT_FACTOR = 0.5;

/**
 * The side ("A"/"B") whose every token (two or more, not only initials) found a near-identical
 * partner in the other, longer person name, one of them a fairly rare word (weight ≥ 0.7).
 */
function shortPersonAlias(
  na: NormalizedName,
  nb: NormalizedName,
  pairs: Array<{ a: number[]; b: number[]; similarity: number; weight: number }>,
  extraA: number[],
  extraB: number[],
): "A" | "B" | undefined {
  const side =
    extraA.length === 0 && extraB.length > 0
      ? "A"
      : extraB.length === 0 && extraA.length > 0
        ? "B"
        : undefined;
  if (!side || pairs.length < 2 || pairs.some((p) => p.similarity < 0.9)) return undefined;
  const shorter = side === "A" ? na : nb;
  const named = shorter.tokens.filter((t) => t.role !== "initial" && t.role !== "particle");
  if (named.length < 2) return undefined;
  if (!pairs.some((p) => p.weight >= 0.7)) return undefined;
  return side;
}

function label(t: NameToken): string {
  if (t.role === "family") return "family name";
  if (t.role === "given") return "given name";
  if (t.role === "initial") return "initial";
  if (t.role === "particle") return "particle";
  if (t.role === "number") return "number";
  if (t.role === "patronymic") return "patronymic";
  return "token";
}

const display = (t: NameToken) =>
  (t.korean && t.korean.length > 1 ? t.korean.map((s) => s.text).join(" ") : t.text).toUpperCase();
const show = (tokens: NameToken[], idx: number[]) => idx.map((i) => display(tokens[i])).join(" ");

/** Score two already normalised names (used by the index to avoid normalising twice). */
export function scoreNormalized(
  na: NormalizedName,
  nb: NormalizedName,
  opts: ScoreOptions = {},
): ScoreResult {
  return computeScore(na, nb, opts, true);
}

/** The score alone, without building the explanation (the index's fast path). */
export function quickScore(na: NormalizedName, nb: NormalizedName, opts: ScoreOptions = {}): number {
  return computeScore(na, nb, opts, false).score;
}

function computeScore(
  na: NormalizedName,
  nb: NormalizedName,
  opts: ScoreOptions,
  explain: boolean,
): ScoreResult {
  const explanation: string[] = [];
  const type = na.type === "organization" || nb.type === "organization" ? "organization" : "person";
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  if (na.tokens.length === 0 || nb.tokens.length === 0) {
    return { score: 0, match: false, explanation: ["one of the names is empty after normalisation"] };
  }
  for (const [n, side] of [
    [na, "A"],
    [nb, "B"],
  ] as Array<[NormalizedName, string]>) {
    if (n.script !== "latin")
      if (explain)
        explanation.push(`name ${side} romanised from ${n.script}: ${n.tokens.map((t) => t.text).join(" ")}`);
    if (n.dropped.length) if (explain) explanation.push(`name ${side}: dropped ${n.dropped.join(", ")}`);
    if (n.legalForms.length)
      if (explain) explanation.push(`name ${side}: legal form ${n.legalForms.join(", ")} set aside`);
  }
  const aligned = alignTokens(na, nb);
  const { extraA, extraB } = aligned;
  let pairs = aligned.pairs;
  if (type === "organization") {
    // two unrelated common words (General / Group) are two optional words, not a conflict
    const weak = (t: NameToken) =>
      t.role !== "number" && (t.weight < 0.6 || ORG_FORM_WORDS.has(t.text) || ORG_PREFIXES.has(t.text));
    pairs = pairs.filter((p) => {
      const unrelated =
        p.similarity < 0.5 &&
        p.a.length === 1 &&
        p.b.length === 1 &&
        weak(na.tokens[p.a[0]]) &&
        weak(nb.tokens[p.b[0]]);
      if (unrelated) {
        extraA.push(p.a[0]);
        extraB.push(p.b[0]);
      }
      return !unrelated;
    });
  }
  let numerator = 0;
  let denominator = 0;
  for (const p of pairs) {
    const c = contribution(p.similarity);
    numerator += p.weight * c;
    denominator += p.weight;
    const first = na.tokens[p.a[0]];
    const sign = p.similarity === 1 ? "=" : c > 0 ? "~" : "≠";
    const what = p.a.length === 1 && p.b.length === 1 ? label(first) : "tokens";
    const reason =
      p.similarity < 1 && p.reason !== "exact" ? `${p.reason} ${p.similarity.toFixed(2)}` : p.reason;
    const verdict = c > 0 ? reason : `conflict: ${reason}`;
    if (explain)
      explanation.push(
        `${what} ${show(na.tokens, p.a)} ${sign} ${show(nb.tokens, p.b)} (${verdict}; weight ${p.weight.toFixed(2)})`,
      );
  }
  const lambda = EXTRA_PENALTY[type];
  const strongest = Math.max(0, ...pairs.filter((p) => p.similarity >= 0.9).map((p) => p.weight));
  const contained = type === "organization" ? containedSide(na, nb, pairs, extraA, extraB) : undefined;
  if (contained && explain)
    explanation.push(`name ${contained} is contained in the other: its extra words cost less`);
  // a person's short alias (family name and first given name) inside the full name: the full name's
  // further given names are what a shorter list alias leaves out
  const personShort = type === "person" ? shortPersonAlias(na, nb, pairs, extraA, extraB) : undefined;
  if (personShort && explain)
    explanation.push(`name ${personShort} is a shorter form of the other: its further names cost less`);
  for (const [tokens, extras, side] of [
    [na.tokens, extraA, "A"],
    [nb.tokens, extraB, "B"],
  ] as Array<[NameToken[], number[], string]>) {
    for (const i of extras) {
      // a missing patronymic is the usual difference between a list entry and a press mention
      const base = type !== "organization" ? tokens[i].weight : orgExtraCost(tokens[i], strongest);
      // …while the second half of a double surname (Solovyov-Sedoi) is as telling as a surname
      const factor =
        tokens[i].role === "patronymic" ? 0.3 : tokens[i].hyphenated && type === "person" ? 1 / lambda : 1;
      // …but a rare word (a place, a second proper name) still marks a different, related company
      // (a rare extra word still costs, but less when the shared words hold a rare one too)
      const shrink =
        contained && contained !== side && tokens[i].role !== "number" && !countryWord(tokens[i])
          ? tokens[i].weight < 0.8
            ? CONTAINED_FACTOR
            : strongest >= 0.9
              ? CONTAINED_RARE_FACTOR
              : 1
          : 1;
      // (not the second half of a double surname: Solovyov is not Solovyov-Sedoi)
      const short =
        personShort && personShort !== side && tokens[i].role !== "number" && !tokens[i].hyphenated
          ? PERSON_SHORT_FACTOR
          : 1;
      const cost = lambda * base * factor * shrink * short;
      denominator += cost;
      if (explain)
        explanation.push(
          `${label(tokens[i])} ${tokens[i].text.toUpperCase()} only in name ${side} (−${cost.toFixed(2)} weight)`,
        );
    }
  }
  let score = denominator > 0 ? numerator / denominator : 0;
  // a conflicting informative token (different given name, different family name) is evidence of a
  // different person, not just a missing part: it cuts the score multiplicatively
  for (const p of pairs) {
    if (p.similarity < CONFLICT_BELOW && p.a.length === 1 && p.b.length === 1) {
      const ta = na.tokens[p.a[0]];
      const tb = nb.tokens[p.b[0]];
      // two different initials (William G. / William W.) conflict as much as two given names
      const w = ta.role === "initial" && tb.role === "initial" ? 0.8 : Math.max(ta.weight, tb.weight);
      score *= 1 - CONFLICT_PENALTY * w;
      if (explain)
        explanation.push(
          `conflict ${ta.text.toUpperCase()} / ${tb.text.toUpperCase()}: score ×${(1 - CONFLICT_PENALTY * w).toFixed(2)}`,
        );
    }
  }
  // "X bin Y" is X, son of Y: a name matched across the particle swaps son and father
  const crossings = patronymicCrossings(na, nb, pairs);
  if (crossings > 0) {
    score *= Math.pow(0.6, crossings);
    if (explain)
      explanation.push(
        `${crossings} name(s) matched across "bin" (son/father swapped): score ×${Math.pow(0.6, crossings).toFixed(2)}`,
      );
  }
  // names made only of initials prove little ("N.N.")
  for (const [n, side] of [
    [na, "A"],
    [nb, "B"],
  ] as Array<[NormalizedName, string]>) {
    if (n.tokens.every((t) => t.role === "initial" || t.role === "particle") && score > 0.6) {
      score = 0.6;
      if (explain) explanation.push(`name ${side} is only initials: score capped at 0.6`);
    }
  }
  // different specific legal forms (AG vs GmbH, S.A. vs S.A.R.L.) point at different companies
  const specific = (n: NormalizedName) => new Set(n.legalForms.filter((f) => f !== "corp" && f !== "ltd"));
  const fa = specific(na);
  const fb = specific(nb);
  if (fa.size && fb.size && ![...fa].some((f) => fb.has(f))) {
    score *= 1 - LEGAL_FORM_PENALTY;
    if (explain)
      explanation.push(
        `legal forms differ (${[...fa].join("/")} vs ${[...fb].join("/")}): score ×${(1 - LEGAL_FORM_PENALTY).toFixed(2)}`,
      );
  }

  // names written differently split (Plat Ono Vich) read as one string
  if (!na.korean && !nb.korean && na.tokens.length !== nb.tokens.length) {
    const fa = na.tokens.map((t) => t.key).join("");
    const fb = nb.tokens.map((t) => t.key).join("");
    const fused = fa.length >= 8 && fb.length >= 8 ? editSimilarityAtLeast(fa, fb, 0.9) : 0;
    if (fused >= 0.9 && contribution(fused) > score) {
      score = contribution(fused);
      if (explain) explanation.push(`whole names alike when spaces ignored (${fused.toFixed(2)})`);
    }
  }
  score = applyFacts(score, opts.a, opts.b, explanation);
  score = Math.max(0, Math.min(1, score));
  const match = score >= threshold;
  if (explain)
    explanation.push(
      `score ${score.toFixed(3)} ${match ? "≥" : "<"} threshold ${threshold}: ${match ? "match" : "no match"}`,
    );
  return { score, match, explanation };
}

function year(dob: string): number | undefined {
  const m = /(\d{4})/.exec(dob);
  return m ? Number(m[1]) : undefined;
}

function applyFacts(
  score: number,
  a: PartyFacts | undefined,
  b: PartyFacts | undefined,
  explanation: string[],
): number {
  if (a?.dob && b?.dob) {
    const ya = year(a.dob);
    const yb = year(b.dob);
    if (ya !== undefined && yb !== undefined) {
      const gap = Math.abs(ya - yb);
      const delta = gap === 0 ? (a.dob.trim() === b.dob.trim() ? 0.1 : 0.05) : gap === 1 ? -0.1 : -0.3;
      score += delta;
      explanation.push(
        `DOB ${a.dob} vs ${b.dob}: ${delta > 0 ? "agreement +" : "conflict −"}${Math.abs(delta).toFixed(2)}`,
      );
    }
  }
  if (a?.nationality && b?.nationality) {
    const same = a.nationality.trim().toLowerCase() === b.nationality.trim().toLowerCase();
    const delta = same ? 0.05 : -0.15;
    score += delta;
    explanation.push(
      `nationality ${a.nationality} vs ${b.nationality}: ${same ? "agreement +" : "conflict −"}${Math.abs(delta).toFixed(2)}`,
    );
  }
  return score;
}

/** Compare two names; `opts.type` fixes person vs organisation, otherwise it is guessed per name. */
export function scoreNames(a: string, b: string, opts: ScoreOptions = {}): ScoreResult {
  const type = opts.type ?? "any";
  let na = normalizeName(a, type);
  let nb = normalizeName(b, type);
  // an organisation guess on one side makes both organisations (legal forms stripped alike)
  if (type === "any" && na.type !== nb.type) {
    na = na.type === "organization" ? na : normalizeName(a, "organization");
    nb = nb.type === "organization" ? nb : normalizeName(b, "organization");
  }
  return scoreNormalized(na, nb, opts);
}

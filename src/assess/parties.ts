// Parties are attached to a finding only when they act in one of its claims: named in the claim's
// sentence, in a clause that carries the figure or a flow verb (send, employ, recruit, pay, ship,
// transfer, …), as sender, recipient, employer, intermediary, recruiter, ship or bank. A party
// that is only mentioned ("Kim Jong Un did not comment", "Shoigu, who met Kim") stays a mention.
import type { ClaimRecord, PartyHit } from "./types.ts";

const CLAUSE_BREAK = /[;:—–()]|,\s+(?:and|but|while|which|who|whom|where|when|after|before|although)\b|,/g;
const ACTING =
  /\b(send|sends|sent|sending|dispatch\w*|deploy\w*|employ\w*|hire[sd]?|hiring|recruit\w*|pa(?:y|ys|id|ying)|transfer\w*|ship(?:s|ped|ping)?|carr(?:y|ies|ied|ying)|load\w*|launder\w*|receiv\w*|arrang\w*|operat\w*|suppl(?:y|ies|ied)|deliver\w*|export\w*|import\w*|broker\w*|contract\w*|funnel\w*|channel\w*|through|via|aboard|on board|owned by|run by|managed by)\b/;
const NOT_ACTING =
  /\b(did not|didn't|does not|doesn't|declined to|refused to|could not be reached|was not available|not immediately)\b.*\b(comment|respond|reply|confirm)\w*|\bno comment\b|\b(said|says|told|according to|met|meeting|visit\w*|spokes\w*)\b/;

// A source of the figure is not a party to the flow: "quoted Shoigu as saying", "Shoigu said",
// "according to the FSB", "statistics published by the FSB show".
const SPEAKER_AFTER =
  /^[\s,'’"]*(?:\w+\s+){0,2}?(said|says|told|tells|announced|stated|claimed|added|noted|estimated|reported|as saying|show|shows|showed|data|statistics|figures)\b/;
const SPEAKER_BEFORE =
  /\b(quoted|quoting|according to|cited|citing|published by|released by|compiled by|told|spokes\w+ for)\s+(?:\w+\s+){0,3}$/;

/** The clause of `sentence` that contains [start, end). */
function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end && m.index < to) to = m.index;
  }
  return sentence.slice(from, to);
}

/** Why `hit` acts in `record`'s claim, or null when it does not. */
export function actsIn(hit: PartyHit, record: ClaimRecord): string | null {
  const c = record.claim;
  if (hit.docId !== c.docId) return null;
  const sentence = c.evidence;
  let at: [number, number] | null = null;
  if (hit.span) {
    const s = hit.span.start - c.sentence.start;
    const e = hit.span.end - c.sentence.start;
    if (s >= 0 && e <= sentence.length && s < e) at = [s, e];
  } else {
    const i = sentence.toLowerCase().indexOf(hit.name.toLowerCase());
    if (i >= 0) at = [i, i + hit.name.length];
  }
  if (!at) return null;
  const lower = sentence.toLowerCase();
  if (
    SPEAKER_AFTER.test(lower.slice(at[1], at[1] + 40)) ||
    SPEAKER_BEFORE.test(lower.slice(Math.max(0, at[0] - 50), at[0]))
  )
    return null;
  const clause = clauseAround(sentence, at[0], at[1]).toLowerCase();
  const figAt = c.span.start - c.sentence.start;
  const sameClauseAsFigure = figAt >= 0 && clauseAround(sentence, figAt, figAt + 1).toLowerCase() === clause;
  // What the party's own clause says about it, the party's name left out.
  const rest = clause.replace(sentence.slice(at[0], at[1]).toLowerCase(), " ");
  if (NOT_ACTING.test(rest) && !ACTING.test(rest)) return null;
  if (ACTING.test(rest)) return `acts in the claim's clause ("${clause.trim()}")`;
  if (sameClauseAsFigure) return "named in the clause of the figure";
  return null;
}

/** The hits that act in at least one of the records' claims. */
export function actingParties(hits: PartyHit[], records: ClaimRecord[]): PartyHit[] {
  const out: PartyHit[] = [];
  for (const hit of hits) {
    for (const r of records) {
      const why = actsIn(hit, r);
      if (why) {
        out.push({ ...hit, role: why });
        break;
      }
    }
  }
  return out;
}

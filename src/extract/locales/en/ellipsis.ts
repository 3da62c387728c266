// Elliptical counts: a figure whose noun is left out because the text just named it ("another
// 5,000", "A thousand more are due", "Of these, 7,887 came on student visas", "compared with 300",
// "a figure that could rise to 50,000"). They count the subject of the figure before them.
import type { Figure } from "./figures.ts";

const BEFORE =
  /(?:\b(?:a|the)\s+(?:total|tally|overall number|overall total|combined total)(?:\s+[\p{L}-]+){0,2}?\s+(?:to|of|at)|\b(?:another|an additional|a further|of (?:these|them|those|whom),?|of (?:the|these|those|last year['’]s|this year['’]s|that year['’]s|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:arrivals|entrants|entries|visitors|workers|troops|soldiers|total|group|contingent|number),?|when the (?:figure|number|total|tally|count) (?:was|stood at|had been|reached)|out of|from|leaving|left|(?:a|the) (?:second|third|fourth|fifth|further|new|next|later)(?:\s+(?:batch|group|contingent|rotation|wave|round|deployment))?\s+of|(?:double|triple|twice|quadruple|three times|half)(?:\s+(?:the|of))?|compared (?:with|to)|up from|(?:falling|fell|dropping|dropped|declining|declined|rising|rose|climbing|climbed|growing|grew|increasing|increased|down|jumping|jumped) to|down from|versus|against|and|but|while|whereas|with (?:just|only)|of which|reaching|reached|peaking at|peaked at|hitting)|,\s*at|\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|their)\s+(?:figure|number|total|tally|count)\b[^.;]{0,40}?\bat|\b(?:figure|number|total|tally|count)\b[^.;]{0,40}\b(?:rise|rising|grow|growing|increase|reach|reaching|climb|swell|jump|double|fall|drop|exceed)\w*\s+(?:to)?)\s+(?:(?:just|only|another|about|around|some|roughly|nearly|almost|up to|as many as|more than|over)\s+)*$/iu;
// "more than 5,000 entered as students": a count followed straight by its verb.
const AFTER =
  /^\s+(?:more|others|of (?:them|these|those|whom)|entered|arrived|came|crossed|left|departed|were (?:sent|deployed|dispatched|registered)|(?:have|had) (?:arrived|entered|come|crossed)|listing|listed|citing|giving|(?:were|was|are|is) (?:in|working in|based in))\b/i;

/** True when `fig` is a count whose noun was left out. */
// An elliptical count is not followed by a plural noun of its own ("some 9,000 tonnes of food").
const OWN_NOUN =
  /^\s+(?:(?!(?:if|when|as|and|or|but|the|a|an|in|to|of|at|on|for|by|with|from|unless|because|after|before|until|since|while|were|are|was|is|have|had)\b)[\p{Ll}-]+\s+)?(?!(?:was|is|has|does|goes|comes|remains|stays|lives|works|arrives|this|us|its|his|others|as|across|towards|plus|less|unless|thus|always|perhaps|whereas|years|months|weeks|days|decades|hours|times)\b)[\p{Ll}]+s\b/u;

export function isElliptical(sentence: string, fig: Figure): boolean {
  if (fig.currency || fig.percent) return false;
  if (
    OWN_NOUN.test(sentence.slice(fig.end, fig.end + 40)) &&
    !/^\s+(?:more|others)\b/.test(sentence.slice(fig.end))
  )
    return false;
  // "with just two days off": a duration, not a count.
  if (/^\s+(?:days?|hours?|weeks?|months?|years?|decades?|times)\b/i.test(sentence.slice(fig.end)))
    return false;
  const before = sentence.slice(Math.max(0, fig.start - 120), fig.start);
  // "work in China (50,000) and Russia (30,000)": a bracketed count after a place.
  if (/\b\p{Lu}[\p{L}-]+\s*\(\s*$/u.test(before) && /^\s*\)/.test(sentence.slice(fig.end))) return true;
  return BEFORE.test(before) || AFTER.test(sentence.slice(fig.end));
}

// Headlines name a source without a verb: a byline ("… to Kursk: Shoigu", "… — DIU") or a prefix
// ("Shoigu: 5,000 builders for Kursk", "Intelligence Service: 12,000 …").
import { DPRK_MENTION } from "../vocabulary.ts";
import { findPlaces } from "../places.ts";
import type { Gazetteer } from "../../../../reference/index.ts";
import { classify, ORG_WORDS } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

const HEADLINE_PREFIX =
  /^((?:[\p{Lu}][\p{L}'’.&-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.&-]*|of|the|for|and|on)){0,5})\s*:\s+\S/u;
// Section labels and story kinds that open headlines without naming a source.
const KICKER =
  /^(?:exclusive|brief|in brief|backgrounder|spotlight|analysis|update|updated|breaking|breaking news|explainer|opinion|watch|factbox|fact ?check|interview|comment|commentary|editorial|live|live updates|video|photos?|q&a|(?:special )?report|feature|correction|insight|timeline|in depth|focus|column|review|podcast|briefing|newsletter|graphic|data|satellite images|world|news|asia|europe|politics|business|economy|war|defen[cs]e|security|labou?r|sanctions|north korea|dprk|russia|ukraine|south korea)\b/i;

/** A headline's "X:" names a source unless it is a section label or only a place. */
function isSourcePrefix(phrase: string, gazetteer: Gazetteer): boolean {
  if (KICKER.test(phrase) || DPRK_MENTION.test(phrase)) return false;
  const places = findPlaces(phrase, gazetteer);
  return !places.some((p) => p.start === 0 && p.end >= phrase.replace(/['’]s$/, "").length);
}

export const headline: AttributionFrame = {
  name: "headline",
  find(sentence, found, citedList, places) {
    const cited = [...citedList];
    const out: Attribution[] = [];
    // Headline byline: "North Korea to send 6,000 builders to Kursk: Shoigu".
    const byline = /(?:[:—–]|\s-)\s*((?:[\p{Lu}][\p{L}'’.-]*\s?){1,4})\s*$/u.exec(sentence);
    if (byline && !/[.!?]$/.test(sentence.trim()))
      out.push(classify(byline[1].trim(), byline.index, sentence.length, cited));
    // Headline source prefix: "Shoigu: 5,000 builders for Kursk", "Intelligence Service: 12,000 …".
    const prefix = HEADLINE_PREFIX.exec(sentence);
    if (
      prefix &&
      !/[.!?]["”’]?\s*$/.test(sentence) &&
      isSourcePrefix(prefix[1], places) &&
      ![...found, ...out].some((o) => o.start === 0)
    )
      // A title-cased description ("Intelligence Service:") is lower-cased so it resolves like "the service".
      out.push(
        classify(
          prefix[1].split(/\s+/).every((w) => ORG_WORDS.has(w.toLowerCase()))
            ? prefix[1].toLowerCase()
            : prefix[1],
          0,
          prefix[1].length,
          cited,
        ),
      );
    return out;
  },
};

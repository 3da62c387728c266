// Shared machinery of the English attribution frames: the vocabulary of speech verbs and source
// nouns, noun-phrase scanning before and after a verb, and the classification of a phrase as a
// named, generic or anaphoric source. Titles are stripped from people's names.

import { findPlaces } from "../places.ts";
import type { Gazetteer } from "../../../../reference/index.ts";
import type { Attribution } from "./types.ts";

export const SAY =
  "said|says|say|will disclose|disclose|told|issued a statement|tells|reported|reports|report|announced|announces|estimated|estimates|estimate|claimed|claims|claim|believes|believe|noted|notes|stated|revealed|reveal|reveals|disclosed|discloses|confirmed|confirms|wrote|writes|added|adds|found|finds|assessed|assesses|briefed|informed|indicated|indicates|suggested|suggests|showed|show|shows|warned|warns|alleged|alleges|put (?:[A-Za-z'’-]+ ){1,4}?(?:number|figure|size|total|strength|toll|losses|casualties|count|tally|contingent|deployment|income|revenue|revenues|earnings)|calculated|counted|recorded|registered|documented|tallied|cited";
export const SAY_RE = new RegExp(`\\b(?:${SAY}|Says|Said|Reports|Claims|Warns|Tells|Estimates)\\b`, "g");

export const ORG_WORDS = new Set(
  (
    "intelligence officials official agency agencies spy source ministry labour labor interior internal affairs health finance economy economic trade unification emergencies service military lawmakers lawmaker government sources media news report newspaper daily " +
    "analysts analyst experts expert think tank researchers monitors group committee council office department command spokesperson " +
    "spokesman spokeswoman chief head director minister secretary general president leader envoy ambassador commander staff authorities " +
    "statistics data figures records documents estimates investigators panel observers watchdog outlet broadcaster website publication journal institute center " +
    "centre defense defence security foreign national main directorate deputy senior top former of for the and's lawmakers legislators " +
    "legislator prosecutors police guard border services bureau administration regional federal state governor mayor officer officers " +
    "parliament parliamentary deputies representative representatives military's agency's"
  ).split(" "),
);
const TITLE_WORDS = new Set(
  (
    "president secretary minister chief head director general lieutenant colonel gen lt col maj major commander spokesperson spokesman " +
    "spokeswoman deputy ambassador senator sen rep representative lawmaker legislator leader analyst researcher professor prof dr mr mrs ms " +
    "fellow official officer envoy adviser advisor governor mayor chairman chair premier prime admiral adm sergeant captain capt expert " +
    "correspondent editor founder ceo ret dictator foreign defense defence security council member members of the"
  ).split(" "),
);
export const GENERIC =
  /^(?:(?:some|many|several|other|local|western|media|news|unnamed|anonymous)\s+)*(?:reports?|sources?|observers|analysts|experts|critics|estimates|media|insiders|rumou?rs|witnesses|people|residents|accounts|studies|researchers|it is|there are|we|our|our estimate|our count|our analysis|us|data|figures|statistics|images|satellite images|photos|footage|documents|records)$/i;
const ANAPHORS =
  /^(?:it|he|she|they|the (?:agency|spy agency|intelligence agency|service|ministry|report|newspaper|paper|outlet|daily|official|officials|lawmaker|lawmakers|source|group|institute|think tank|military|command|study|analysis|document|statement|data|broadcaster|assessment|spokesman|spokesperson|spokeswoman|minister|secretary|directorate|intelligence service|network|office|website|publication|committee|panel|authors|researchers|company|firm|team|channel|broadcaster)|this (?:agency|report|assessment|data)|the same (?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|the (?:statistics|figures|numbers|records|data|official data|official figures|official statistics))$/iu;

const ANAPHOR_TAIL =
  /(?:^|[\s,;“"])((?:the|this)\s+(?:same\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|agency|spy agency|intelligence agency|service|ministry|report|newspaper|paper|outlet|daily|company|firm|team|source|group|institute|think tank|study|analysis|document|statement|broadcaster|assessment|channel|publication|website|committee|panel|office|military))\s*(?:(?:has|had|also|further|later)\s+)*$/iu;
const SOFT_ANAPHORS =
  /^(?:the\s+)?(?:prosecutors|investigators|officials|researchers|authors|monitors|experts)$/i;

export const FAMILIAR =
  /^((?:two|three|four|five|six|several|multiple|\d+)\s+(?:people|persons|individuals|officials|diplomats|sources)\s+(?:familiar with|with knowledge of|close to|briefed on)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+(?:of\s+)?[\p{Ll}-]+)?)(?=\s*[,.;]|\s*$)/u;
const ROLES =
  "foreman|foremen|recruiter|site manager|manager|contractor|broker|trader|businessman|businesswoman|diplomat|resident|worker|official|officer|employee|source|defector|guard|driver|engineer|executive|entrepreneur|middleman";
const PLACE_NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}";
// "in Vladivostok" or "for a Tatarstan staffing agency": what places an unnamed speaker.
const ROLE_PLACE = `(?:(?:in|at|from|near)\\s+${PLACE_NAME}|(?:for|with|at)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:agency|company|firm|contractor|business|shipyard|factory|plant))`;
export const ROLE_AT_PLACE = new RegExp(
  `\\b(?:[Aa]n?|[Oo]ne)\\s+((?:[\\p{L}-]+\\s+)?(?:${ROLES})\\s+${ROLE_PLACE})\\s+(?:${SAY})\\b` +
    `|[,”"’]\\s*(?:said|says|told|added)\\s+(?:an?|one)\\s+((?:[\\p{L}-]+\\s+)?(?:${ROLES})\\s+${ROLE_PLACE})`,
  "gu",
);

const TITLED_APPOSITIVE =
  /(?:^|[,;:“"]\s*)((?:[\p{Lu}][\p{L}'’.-]*\s+){1,2}[\p{Lu}][\p{L}'’-]+),\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:head|chief|director|minister|spokesman|spokeswoman|spokesperson|governor|official|deputy|secretary|commander|chairman|chairwoman|member|ambassador|analyst|researcher|professor|president|leader|mayor|envoy|lawmaker|representative)\b[^,;]{0,100},\s*$/u;
export const RELATIVE_SPEAKER =
  /(?:^|[,;:]\s*)((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*),\s+(?:who|whose)\b[^,;]{0,150},\s*$/u;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*|\([^)]{1,15}\)|,/gu;

interface Tok {
  text: string;
  start: number;
  end: number;
}
function tokenize(s: string): Tok[] {
  return [...s.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

export function isCap(w: string): boolean {
  return /^[\p{Lu}\d]/u.test(w);
}
function nameish(w: string): boolean {
  const bare = w
    .replace(/\.$/, "")
    .replace(/['’]s$/, "")
    .toLowerCase();
  if (/^(?:a|an|the)$/i.test(w)) return false;
  return isCap(w) || ORG_WORDS.has(bare) || /^\(/.test(w);
}

/** Strips titles ("Russian Security Council Secretary Sergei Shoigu" → "Sergei Shoigu"), articles and acronyms in brackets. */
export function cleanSourceName(phrase: string): string {
  let s = phrase
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  s = s
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/[,;:]+$/, "")
    .trim();
  s = s
    .replace(/^(?:recent|new|latest|earlier|previous)\s+/i, "")
    // "UNN sources" → UNN; "Western sources" stays (an adjective names no one).
    .replace(/(\p{Lu}\S*?)(?:['’]s)?\s+sources?$/u, (all, who: string) =>
      /(?:an|ese|ish|ern|ic)$/.test(who) ? all : who,
    );
  const words = s.split(" ");
  // Person behind a title: the capitalised words after the last title word.
  let lastTitle = -1;
  words.forEach((w, i) => {
    const bare = w
      .replace(/\.$/, "")
      .replace(/['’]s$/, "")
      .toLowerCase();
    if (TITLE_WORDS.has(bare) || !isCap(w)) lastTitle = i;
  });
  if (lastTitle >= 0 && lastTitle < words.length - 1) {
    const tail = words.slice(lastTitle + 1);
    const lastWord = tail[tail.length - 1].toLowerCase();
    if (
      tail.length <= 4 &&
      tail.every((w) => isCap(w)) &&
      !ORG_WORDS.has(lastWord) &&
      !/^(?:Journal|Times|Post|News|Agency|Service|Ministry|Institute|Council|Office|Reuters|Yonhap|Intelligence|Directorate|Command|Staff|Group)$/i.test(
        lastWord,
      )
    ) {
      const before = words[lastTitle].replace(/\.$/, "").toLowerCase();
      if (
        TITLE_WORDS.has(before) &&
        !["of", "the", "foreign", "defense", "defence", "security", "council", "members", "member"].includes(
          before,
        )
      )
        return tail.join(" ");
    }
  }
  return s;
}

export function classify(phrase: string, start: number, end: number, chain: string[] = []): Attribution {
  phrase = phrase.replace(/(?<!\b\p{L})\.$/u, "");
  if (/^[^\p{L}]*(?:a|an|the)?\s*$/iu.test(phrase))
    return { name: null, chain: [], start, end, anaphoric: false };
  if (/^(?:a|an|the)?\s*(?:[\p{Ll}]+\s+)*sources?$/u.test(phrase))
    return { name: null, chain: [], start, end, anaphoric: false };
  const bare = phrase
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (ANAPHORS.test(bare)) {
    // "Citing the spy agency, the lawmakers said": the relayed body, not the relay, is the source.
    if (chain.length) return classify(chain[0], start, end, chain.slice(1));
    return { name: null, chain: [], start, end, anaphoric: true };
  }
  if (GENERIC.test(bare.replace(/^(?:the|a|an)\s+/i, "")))
    return { name: null, chain: [], start, end, anaphoric: false };
  const name = cleanSourceName(bare);
  if (SOFT_ANAPHORS.test(bare)) return { name, chain: [name], start, end, anaphoric: false, soft: true };
  return { name, chain: [name, ...chain.filter((c) => c !== name)], start, end, anaphoric: false };
}

const DATA_NOUN = /^(?:data|statistics|figures|records|tallies|filings)$/i;
// A lowercase qualifier: no article, pronoun, adverb (-ly) or participle (-ed).
const QUALIFIER =
  /^(?!(?:the|a|an|that|which|and|or|of|new|latest|recent|these|those|its|their|his|her|our|this|official|such|other|some|more|most|released|published)$)\p{Ll}{3,}(?<!ly|ed)$/u;

/** The index after a data noun reached over at most two lowercase qualifiers from `i`, else `i`. */
function dataNounAfterQualifiers(toks: Tok[], i: number): number {
  for (let k = i; k < toks.length && k - i <= 2; k++) {
    if (DATA_NOUN.test(toks[k].text)) return k + 1;
    if (!QUALIFIER.test(toks[k].text)) return i;
  }
  return i;
}

/** Noun phrase ending just before `at` (scanning backwards over name-like words). */
export function phraseBefore(
  sentence: string,
  at: number,
  places: Gazetteer,
): { text: string; start: number } | null {
  // Skip a ", citing X," aside between the subject and its verb.
  const aside = /,\s*citing\s[^,]{1,80},\s*$/i.exec(sentence.slice(0, at));
  if (aside) at = aside.index;
  // "A senior official, speaking on condition of anonymity, told": the aside is not the speaker.
  const anonymity =
    /,\s*(?:speaking|talking|who (?:spoke|asked|declined|requested|did not want)|asking|requesting|declining)\b[^,]{0,80},\s*$/i.exec(
      sentence.slice(0, at),
    );
  if (anonymity) at = anonymity.index;
  // "statistics released on Wednesday showed": a participle and its date sit between subject and verb.
  const released =
    /\s+(?:released|published|issued|compiled|made public|posted)(?:\s+(?:on|last|this|in|earlier|late|early)(?:\s+[\p{L}\d]+){1,2})?\s*$/iu.exec(
      sentence.slice(0, at),
    );
  if (released) at = released.index;
  // "Labour Ministry records obtained by the Journal showed": whose records they are, not who obtained them.
  const obtained =
    /\s+(?:obtained|seen|reviewed|examined|acquired)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}$/u.exec(
      sentence.slice(0, at),
    );
  if (obtained) at = obtained.index;
  // "the panel of experts reporting to the U.N. Security Council say": the body reported to is not the speaker.
  const reportingTo =
    /\s+(?:reporting|answering|accountable|attached|responsible)\s+to\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s*){1,5}$/u.exec(
      sentence.slice(0, at),
    );
  if (reportingTo) at = reportingTo.index;
  // "Ivan Petrov, head of the Omsk Oblast construction ministry, said": the named person speaks.
  const titled = TITLED_APPOSITIVE.exec(sentence.slice(0, at));
  if (titled) return { text: titled[1], start: titled.index + titled[0].indexOf(titled[1]) };
  const tail = ANAPHOR_TAIL.exec(sentence.slice(0, at));
  if (tail) return { text: tail[1], start: tail.index + tail[0].indexOf(tail[1]) };
  // Tokenise only the stretch before the verb that can hold its subject.
  const from = Math.max(0, at - 200);
  const toks = tokenize(sentence.slice(from, at)).map((t) => ({
    text: t.text,
    start: t.start + from,
    end: t.end + from,
  }));
  let i = toks.length - 1;
  // Skip auxiliaries between subject and verb: "X has also said".
  while (
    i >= 0 &&
    /^(?:has|have|had|also|previously|earlier|recently|further|reportedly|separately|now|then|had|later|first|once|publicly|officially|last|this|week|year|month)$/i.test(
      toks[i].text,
    )
  )
    i--;
  let end = i;
  const appositive = end >= 0 && toks[end].text === ",";
  if (appositive) end--; // appositive: "Kirill Budanov, the head of GUR, said"
  let j = end;
  // "newly released consular data shows": the qualifiers of a data noun are part of the source.
  if (DATA_NOUN.test(toks[end]?.text ?? "")) {
    let q = end;
    while (q > 0 && end - q < 2 && QUALIFIER.test(toks[q - 1].text)) q--;
    if (q < end) j = q - 1;
  }
  while (j >= 0 && end - j < 10) {
    if (nameish(toks[j].text)) j--;
    // "Western and South Korean intelligence agencies": "and" joining two capitalised qualifiers.
    // The phrase must end in a common noun ("South Korean and American estimates" is adjectives only).
    else if (
      toks[j].text === "and" &&
      j > 0 &&
      j < end &&
      ((isCap(toks[j - 1].text) && isCap(toks[j + 1].text)) ||
        // "military and intelligence agencies": two body words sharing a head.
        (ORG_WORDS.has(toks[j - 1].text.toLowerCase()) && ORG_WORDS.has(toks[j + 1].text.toLowerCase()))) &&
      !isCap(toks[end].text)
    )
      j--;
    // "the foreign ministry in Ulaanbaatar": a place after an office's name belongs to it.
    else if (
      /^(?:in|at)$/i.test(toks[j].text) &&
      j > 0 &&
      ORG_WORDS.has(toks[j - 1].text.toLowerCase()) &&
      j < end
    )
      j--;
    else break;
  }
  if (
    j >= 0 &&
    /^(?:an?|some|several|unnamed|anonymous)$/i.test(toks[j].text) &&
    /^(?:source|sources|official|officials)$/i.test(toks[end].text) &&
    !toks.slice(j + 1, end + 1).some((t) => /^\p{Lu}/u.test(t.text))
  )
    return null;
  let first = j + 1;
  // Drop leading lowercase glue ("of", "the") that would start the phrase.
  while (first <= end && /^(?:of|for|and)$/i.test(toks[first].text)) first++;
  if (first > end) {
    // Pronoun subject: "It said", "he told".
    const p = toks[end];
    if (p && /^(?:it|he|she|they|we)$/i.test(p.text)) return { text: p.text, start: p.start };
    return null;
  }
  let text = sentence.slice(toks[first].start, toks[end].end);
  let start = toks[first].start;
  if (!/\p{L}/u.test(text) || /['’]s$/.test(text)) return null;
  // "Mr. Park, the No. 2 official at the NIS, told": the person named before the title is the source.
  const role =
    /,\s*(?:the\s+)?(?:No\.?\s*\d+\s+)?(?:[\p{L}]+\s+)?(?:official|head|chief|director|spokesman|spokesperson|spokeswoman|member|analyst|researcher|commander)\s+(?:at|of|in|with|for)\s+(?:the\s+)?$/iu.exec(
      sentence.slice(0, start),
    );
  if (role) {
    const person = phraseBefore(sentence, role.index, places);
    if (person && /^\p{Lu}/u.test(person.text)) return person;
  }
  // "the head of Ukraine's military intelligence, Kyrylo Budanov," → keep looking for the name before a title phrase.
  if (
    /^(?:the\s+)?(?:(?:No\.?\s*\d+|top|senior|former|deputy)\s+)?(?:head|chief|director|spokesman|spokesperson|spokeswoman|secretary|minister|commander|deputy|leader|official|member|lawmaker|analyst|researcher|envoy|ambassador)\b/i.test(
      text,
    ) &&
    // "lawmaker Lee Seong-kweun said" names its person already.
    cleanSourceName(text) === text.replace(/^the\s+/i, "") &&
    j >= 1 &&
    toks[j].text === ","
  ) {
    const prev = phraseBefore(sentence, toks[j].start, places);
    if (prev && /^\p{Lu}/u.test(prev.text)) return prev;
  }
  // "Sergei Shoigu, the secretary of Russia's Security Council, said" / "the NIS, South Korea's spy
  // agency, said": the name before the appositive is the source; the appositive only describes it.
  if (appositive) {
    const named = nameBeforeAppositive(sentence, start, places);
    if (named) return named;
  }
  if (/^the\b/i.test(toks[first].text) === false && first > 0 && /^the$/i.test(toks[first - 1].text)) {
    start = toks[first - 1].start;
    text = sentence.slice(start, toks[end].end);
  }
  return { text, start };
}

/** The proper name set off by a comma before an appositive that starts at `start`, if any. */
export function nameBeforeAppositive(
  sentence: string,
  start: number,
  places: Gazetteer,
): { text: string; start: number } | null {
  const lead = /,\s*(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.exec(sentence.slice(0, start));
  if (!lead || /\b(?:and|but|or|while|which|who|where|as|when|that)\s/.test(lead[0])) return null;
  const name =
    /(?:^|[,;:“"(]\s*|\band\s+)((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*$/u.exec(
      sentence.slice(0, lead.index),
    );
  if (!name || /['’]s$/.test(name[1])) return null;
  // Not a place ending the clause before it ("… to Kursk, a senior official said").
  const bare = name[1].replace(/^the\s+/i, "");
  if (findPlaces(bare, places).some((p) => p.start === 0 && p.end >= bare.length - 1)) return null;
  return { text: name[1], start: lead.index - name[0].length + name[0].indexOf(name[1]) };
}

/** The capitalised subject opening the clause that holds `at` ("Russian Security Council secretary Sergei Shoygu met …"). */
export function clauseSubject(sentence: string, at: number): { text: string; start: number } | null {
  const from = sentence.lastIndexOf(";", at) + 1;
  const toks = tokenize(sentence.slice(from, at));
  let i = 0;
  while (
    i < toks.length &&
    toks[i].text !== "," &&
    nameish(toks[i].text) &&
    !/^(?:and|of|for)$/i.test(toks[i].text)
  )
    i++;
  // The name must be followed by its own (lower-case) verb, and hold a capitalised word.
  if (i === 0 || i >= toks.length || !/^\p{Ll}/u.test(toks[i].text)) return null;
  const words = toks.slice(0, i);
  if (!words.some((t) => isCap(t.text)) || (/^(?:It|He|She|They|We|The)$/.test(words[0].text) && i === 1))
    return null;
  return {
    text: sentence.slice(from + words[0].start, from + words[i - 1].end),
    start: from + words[0].start,
  };
}

/** Noun phrase starting at `at` (scanning forwards). */
export function phraseAfter(sentence: string, at: number): { text: string; end: number } | null {
  // "a 2023 report by X": the year and the kind of document are not the source.
  const lead =
    /^(?:(?:[Aa]|[Aa]n|[Tt]he)\s+)?(?:(?:19|20)\d\d\s+)?(?:[\p{Ll}]+\s+){0,2}?(?:report|study|survey|analysis|assessment|review|paper|document|estimate|statistic|figure|record|filing|tallie|number)s?\s+(?:(?:published|released|compiled|kept|issued)\s+)?(?:by|from|of)\s+/u.exec(
      sentence.slice(at),
    );
  if (lead) at += lead[0].length;
  const toks = tokenize(sentence.slice(at));
  let i = 0;
  while (
    i < toks.length &&
    /^(?:a|an|the|recent|new|latest|report|reports|data|figures|estimates|analysis|statement|an)$/i.test(
      toks[i].text,
    ) &&
    i < 3
  ) {
    if (
      /^(?:report|reports|data|figures|estimates|analysis|statement)$/i.test(toks[i].text) &&
      /^(?:by|from|of)$/i.test(toks[i + 1]?.text ?? "")
    )
      i += 2;
    else if (/^(?:a|an|the|recent|new|latest)$/i.test(toks[i].text)) i++;
    else break;
  }
  const first = i;
  while (
    i < toks.length &&
    toks[i].text !== "," &&
    // "US and South Korean officials": "and" joins two capitalised qualifiers.
    (nameish(toks[i].text) || (toks[i].text === "and" && i > first && isCap(toks[i + 1]?.text ?? ""))) &&
    i - first < 10
  )
    i++;
  // "Russian migration statistics": lowercase qualifiers before a data noun belong to the source.
  const data = dataNounAfterQualifiers(toks, i);
  if (data > i && i > first) i = data;
  let last = i - 1;
  while (last >= first && /^(?:of|for|and|the)$/i.test(toks[last].text)) last--;
  if (last < first) return null;
  const startTok = first > 0 && /^the$/i.test(toks[first - 1].text) ? first - 1 : first;
  return { text: sentence.slice(at + toks[startTok].start, at + toks[last].end), end: at + toks[last].end };
}

// Attribution parser: who the sentence says the figure comes from. Handles "X said/reported
// (that)", "according to X", "citing X" chains, "announcements by X", "X's data show", inverted
// quotes (", said X") and headline bylines ("...: Shoigu"). Titles are stripped from people's
// names; pronouns and "the agency" are marked anaphoric so a refiner can resolve them.

import { DPRK_MENTION } from "./vocabulary.ts";
import { findPlaces } from "./places.ts";

export interface Attribution {
  /** Cleaned name, or null when the source is generic ("reports", "sources"). */
  name: string | null;
  /** Sources from nearest to origin. */
  chain: string[];
  /** Offsets of the source phrase within the sentence. */
  start: number;
  end: number;
  /** "It said", "the agency said": refers back to a source named earlier. */
  anaphoric: boolean;
  /** "Prosecutors said": a role that usually refers back to a named body, kept when none is found. */
  soft?: boolean;
}

const SAY =
  "said|says|say|told|issued a statement|tells|reported|reports|report|announced|announces|estimated|estimates|estimate|claimed|claims|claim|believes|believe|noted|notes|stated|revealed|reveal|reveals|disclosed|discloses|confirmed|confirms|wrote|writes|added|adds|found|finds|assessed|assesses|briefed|informed|indicated|indicates|suggested|suggests|showed|show|shows|warned|warns|alleged|alleges|put (?:[A-Za-z'’-]+ ){1,4}?(?:number|figure|size|total|strength|toll|losses|casualties|count|tally|contingent|deployment|income|revenue|revenues|earnings)|calculated|counted|recorded|registered|documented|tallied|cited";
const SAY_RE = new RegExp(`\\b(?:${SAY}|Says|Said|Reports|Claims|Warns|Tells|Estimates)\\b`, "g");

const ORG_WORDS = new Set(
  (
    "intelligence officials official agency agencies spy source ministry labour labor interior internal affairs health finance economy economic trade unification emergencies service military lawmakers lawmaker government sources media report newspaper daily " +
    "analysts analyst experts expert think tank researchers monitors group committee council office department command spokesperson " +
    "spokesman spokeswoman chief head director minister secretary general president leader envoy ambassador commander staff authorities " +
    "statistics data figures estimates investigators panel observers watchdog outlet broadcaster website publication journal institute center " +
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
const GENERIC =
  /^(?:(?:some|many|several|other|local|western|media|news|unnamed|anonymous)\s+)*(?:reports?|sources?|observers|analysts|experts|critics|estimates|media|insiders|rumou?rs|witnesses|people|residents|accounts|studies|researchers|it is|there are|we|our|our estimate|our count|our analysis|us|data|figures|statistics|images|satellite images|photos|footage|documents|records)$/i;
const ANAPHORS =
  /^(?:it|he|she|they|the (?:agency|spy agency|intelligence agency|service|ministry|report|newspaper|paper|outlet|daily|official|officials|lawmaker|lawmakers|source|group|institute|think tank|military|command|study|analysis|document|statement|data|broadcaster|assessment|spokesman|spokesperson|spokeswoman|minister|secretary|directorate|intelligence service|network|office|website|publication|committee|panel|authors|researchers|company|firm|team|channel|broadcaster)|this (?:agency|report|assessment|data)|the same (?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|the (?:statistics|figures|numbers|records|data|official data|official figures|official statistics))$/iu;

const ANAPHOR_TAIL =
  /(?:^|[\s,;“"])((?:the|this)\s+(?:same\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|agency|spy agency|intelligence agency|service|ministry|report|newspaper|paper|outlet|daily|company|firm|team|source|group|institute|think tank|study|analysis|document|statement|broadcaster|assessment|channel|publication|website|committee|panel|office|military))\s*(?:(?:has|had|also|further|later)\s+)*$/iu;
const SOFT_ANAPHORS =
  /^(?:the\s+)?(?:prosecutors|investigators|officials|researchers|authors|monitors|experts)$/i;

const FAMILIAR =
  /^((?:two|three|four|five|six|several|multiple|\d+)\s+(?:people|persons|individuals|officials|diplomats|sources)\s+(?:familiar with|with knowledge of|close to|briefed on)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+(?:of\s+)?[\p{Ll}-]+)?)(?=\s*[,.;]|\s*$)/u;
const ROLES =
  "foreman|foremen|recruiter|site manager|manager|contractor|broker|trader|businessman|businesswoman|diplomat|resident|worker|official|officer|employee|source|defector|guard|driver|engineer|executive|entrepreneur|middleman";
const PLACE_NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}";
// "in Vladivostok" or "for a Tatarstan staffing agency": what places an unnamed speaker.
const ROLE_PLACE = `(?:(?:in|at|from|near)\\s+${PLACE_NAME}|(?:for|with|at)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:agency|company|firm|contractor|business|shipyard|factory|plant))`;
const ROLE_AT_PLACE = new RegExp(
  `\\b(?:[Aa]n?|[Oo]ne)\\s+((?:[\\p{L}-]+\\s+)?(?:${ROLES})\\s+${ROLE_PLACE})\\s+(?:${SAY})\\b` +
    `|[,”"’]\\s*(?:said|says|told|added)\\s+(?:an?|one)\\s+((?:[\\p{L}-]+\\s+)?(?:${ROLES})\\s+${ROLE_PLACE})`,
  "gu",
);

const RELATIVE_SPEAKER =
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

function isCap(w: string): boolean {
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
  s = s.replace(/^(?:recent|new|latest|earlier|previous)\s+/i, "").replace(/(\p{Lu}\S*)\s+sources?$/u, "$1");
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

function classify(phrase: string, start: number, end: number, chain: string[] = []): Attribution {
  phrase = phrase.replace(/(?<!\b\p{L})\.$/u, "");
  if (/^[^\p{L}]*(?:a|an|the)?\s*$/iu.test(phrase))
    return { name: null, chain: [], start, end, anaphoric: false };
  if (/^(?:a|an|the)?\s*(?:[\p{Ll}]+\s+)*sources?$/u.test(phrase))
    return { name: null, chain: [], start, end, anaphoric: false };
  const bare = phrase
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (ANAPHORS.test(bare)) return { name: null, chain: [], start, end, anaphoric: true };
  if (GENERIC.test(bare.replace(/^(?:the|a|an)\s+/i, "")))
    return { name: null, chain: [], start, end, anaphoric: false };
  const name = cleanSourceName(bare);
  if (SOFT_ANAPHORS.test(bare)) return { name, chain: [name], start, end, anaphoric: false, soft: true };
  return { name, chain: [name, ...chain.filter((c) => c !== name)], start, end, anaphoric: false };
}

/** Noun phrase ending just before `at` (scanning backwards over name-like words). */
function phraseBefore(sentence: string, at: number): { text: string; start: number } | null {
  // Skip a ", citing X," aside between the subject and its verb.
  const aside = /,\s*citing\s[^,]{1,80},\s*$/i.exec(sentence.slice(0, at));
  if (aside) at = aside.index;
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
  while (j >= 0 && end - j < 10) {
    if (nameish(toks[j].text)) j--;
    // "Western and South Korean intelligence agencies": "and" joining two capitalised qualifiers.
    // The phrase must end in a common noun ("South Korean and American estimates" is adjectives only).
    else if (
      toks[j].text === "and" &&
      j > 0 &&
      j < end &&
      isCap(toks[j - 1].text) &&
      isCap(toks[j + 1].text) &&
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
    const person = phraseBefore(sentence, role.index);
    if (person && /^\p{Lu}/u.test(person.text)) return person;
  }
  // "the head of Ukraine's military intelligence, Kyrylo Budanov," → keep looking for the name before a title phrase.
  if (
    /^(?:the\s+)?(?:(?:No\.?\s*\d+|top|senior|former|deputy)\s+)?(?:head|chief|director|spokesman|spokesperson|spokeswoman|secretary|minister|commander|deputy|leader|official|member|lawmaker|analyst|researcher|envoy|ambassador)\b/i.test(
      text,
    ) &&
    j >= 1 &&
    toks[j].text === ","
  ) {
    const prev = phraseBefore(sentence, toks[j].start);
    if (prev && /^\p{Lu}/u.test(prev.text)) return prev;
  }
  // "Sergei Shoigu, the secretary of Russia's Security Council, said" / "the NIS, South Korea's spy
  // agency, said": the name before the appositive is the source; the appositive only describes it.
  if (appositive) {
    const named = nameBeforeAppositive(sentence, start);
    if (named) return named;
  }
  if (/^the\b/i.test(toks[first].text) === false && first > 0 && /^the$/i.test(toks[first - 1].text)) {
    start = toks[first - 1].start;
    text = sentence.slice(start, toks[end].end);
  }
  return { text, start };
}

const HEADLINE_PREFIX =
  /^((?:[\p{Lu}][\p{L}'’.&-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.&-]*|of|the|for|and|on)){0,5})\s*:\s+\S/u;
// Section labels and story kinds that open headlines without naming a source.
const KICKER =
  /^(?:exclusive|analysis|update|updated|breaking|breaking news|explainer|opinion|watch|factbox|fact ?check|interview|comment|commentary|editorial|live|live updates|video|photos?|q&a|(?:special )?report|feature|correction|insight|timeline|in depth|focus|column|review|podcast|briefing|newsletter|graphic|data|satellite images|world|news|asia|europe|politics|business|economy|war|defen[cs]e|security|labou?r|sanctions|north korea|dprk|russia|ukraine|south korea)\b/i;

/** A headline's "X:" names a source unless it is a section label or only a place. */
function isSourcePrefix(phrase: string): boolean {
  if (KICKER.test(phrase) || DPRK_MENTION.test(phrase)) return false;
  const places = findPlaces(phrase);
  return !places.some((p) => p.start === 0 && p.end >= phrase.replace(/['’]s$/, "").length);
}

/** The proper name set off by a comma before an appositive that starts at `start`, if any. */
function nameBeforeAppositive(sentence: string, start: number): { text: string; start: number } | null {
  const lead = /,\s*(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.exec(sentence.slice(0, start));
  if (!lead || /\b(?:and|but|or|while|which|who|where|as|when|that)\s/.test(lead[0])) return null;
  const name =
    /(?:^|[,;:“"(]\s*|\band\s+)((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*$/u.exec(
      sentence.slice(0, lead.index),
    );
  if (!name || /['’]s$/.test(name[1])) return null;
  // Not a place ending the clause before it ("… to Kursk, a senior official said").
  const bare = name[1].replace(/^the\s+/i, "");
  if (findPlaces(bare).some((p) => p.start === 0 && p.end >= bare.length - 1)) return null;
  return { text: name[1], start: lead.index - name[0].length + name[0].indexOf(name[1]) };
}

/** The capitalised subject opening the clause that holds `at` ("Russian Security Council secretary Sergei Shoygu met …"). */
function clauseSubject(sentence: string, at: number): { text: string; start: number } | null {
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
function phraseAfter(sentence: string, at: number): { text: string; end: number } | null {
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
  while (i < toks.length && toks[i].text !== "," && nameish(toks[i].text) && i - first < 10) i++;
  let last = i - 1;
  while (last >= first && /^(?:of|for|and|the)$/i.test(toks[last].text)) last--;
  if (last < first) return null;
  const startTok = first > 0 && /^the$/i.test(toks[first - 1].text) ? first - 1 : first;
  return { text: sentence.slice(at + toks[startTok].start, at + toks[last].end), end: at + toks[last].end };
}

/** Every attribution in the sentence, in text order. */
export function findAttributions(sentence: string): Attribution[] {
  const out: Attribution[] = [];
  const citing = [...sentence.matchAll(/\bciting\s+/gi)]
    .map((m) => phraseAfter(sentence, m.index! + m[0].length))
    .filter((p) => p !== null);
  const citedNames = citing.map((c) => cleanSourceName(c!.text));

  for (const m of sentence.matchAll(/\baccording to\s+/gi)) {
    // "according to two people familiar with the matter": unnamed but counted, kept as written.
    const familiar = FAMILIAR.exec(sentence.slice(m.index! + m[0].length));
    if (familiar) {
      const name = familiar[1];
      out.push({
        name,
        chain: [name],
        start: m.index!,
        end: m.index! + m[0].length + name.length,
        anaphoric: false,
      });
      continue;
    }
    const p = phraseAfter(sentence, m.index! + m[0].length);
    if (p) out.push(classify(p.text, m.index!, p.end, citedNames));
    else out.push({ name: null, chain: [], start: m.index!, end: m.index! + m[0].length, anaphoric: false });
  }
  for (const m of sentence.matchAll(
    /\b(?:announcements?|reports?|report|analysis|assessment|estimates?|data|statement|study|investigation|figures|briefing|testimony|survey|documents|findings|statistics|records|filings?|numbers|tallies|a report)\s+(?:released\s+|published\s+|compiled\s+|kept\s+|issued\s+)?(?:by|from)\s+/gi,
  )) {
    const p = phraseAfter(sentence, m.index! + m[0].length);
    if (p && /^(?:the\s+)?\p{Lu}/u.test(p.text)) out.push(classify(p.text, m.index!, p.end, citedNames));
  }
  // "X has learned from a Ukrainian security official that …": the informant is the source.
  for (const m of sentence.matchAll(
    /\b(?:learned|learnt|heard|been told|was told|were told)\s+(?:by|from)\s+/gi,
  )) {
    const p = phraseAfter(sentence, m.index! + m[0].length);
    if (p && ORG_WORDS.has(p.text.split(/\s+/).pop()!.replace(/\.$/, "").toLowerCase()))
      out.push(classify(p.text, m.index!, p.end, citedNames));
  }
  // "a foreman in Vladivostok said", "…,” said a recruiter in Kazan": a role placed by a town.
  for (const m of sentence.matchAll(ROLE_AT_PLACE)) {
    const phrase = m[1] ?? m[2];
    const at = m.index! + m[0].indexOf(phrase);
    if (out.some((o) => at >= o.start && at < o.end)) continue;
    // "a source in Dandong told Yonhap": the outlet is the named source (handled below).
    if (
      m[1] &&
      /\btold\s+(?:the\s+)?\p{Lu}/u.test(
        sentence.slice(m.index! + m[0].length - 5, m.index! + m[0].length + 10),
      )
    )
      continue;
    out.push({ ...classify(phrase, Math.min(at, m.index!), m.index! + m[0].length), anaphoric: false });
  }
  const possessive =
    /['’]s\s+(?:own\s+|official\s+)?(?:intelligence|data|figures|estimates?|report|reporting|filings?|submissions?|assessment|analysis|statistics|records|findings)\b/.test(
      sentence,
    );
  // "Moscow's own reporting to the UN put …": the possessor is the source, not the body reported to.
  for (const m of possessive
    ? sentence.matchAll(
        /([\p{Lu}][\p{L}.\s-]{1,40}?)['’]s\s+(?:own\s+|official\s+)?(intelligence|data|figures|estimates?|report|reporting|filings?|submissions?|assessment|analysis|statistics|records|findings)(?:\s+to\s+(?:the\s+)?[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})?\s+(?:show|shows|showed|suggest|suggests|indicate|indicates|reveal|reveals|put|puts|say|says|said)\b/gu,
      )
    : []) {
    const who = m[1].trim();
    const text = m[2].toLowerCase() === "intelligence" ? `${who}'s intelligence` : who;
    out.push(classify(text, m.index!, m.index! + m[0].length, citedNames));
  }
  SAY_RE.lastIndex = 0;
  for (const m of sentence.matchAll(SAY_RE)) {
    const verbAt = m.index!;
    if (m[0] === "report" || m[0] === "reports") {
      // "reports that ..." as a noun is generic hearsay, not a named source.
      const prevWord = /(\S+)\s*$/.exec(sentence.slice(0, verbAt))?.[1] ?? "";
      if (!/^\p{Lu}/u.test(prevWord) || /^(?:The|These|Some|Recent|Media|News)$/.test(prevWord)) {
        out.push({ name: null, chain: [], start: verbAt, end: verbAt + m[0].length, anaphoric: false });
        continue;
      }
    }
    if (out.some((o) => verbAt >= o.start && verbAt < o.end)) continue;
    // "Budanov, whose name is also spelled …, said": the name before the relative clause speaks.
    const relative = RELATIVE_SPEAKER.exec(sentence.slice(0, verbAt));
    if (relative) {
      const at = relative.index + relative[0].indexOf(relative[1]);
      out.push(classify(relative[1], at, verbAt + m[0].length, citedNames));
      continue;
    }
    // Inverted: "…,” said the ministry." / ", said Kim Byung-kee, a lawmaker"
    if (
      !/^(?:told|tells)$/i.test(m[0]) &&
      /[,”"’]\s*$/.test(sentence.slice(Math.max(0, verbAt - 3), verbAt))
    ) {
      const after = phraseAfter(sentence, verbAt + m[0].length + 1);
      if (after) {
        out.push(classify(after.text, verbAt, after.end, citedNames));
        continue;
      }
    }
    // "X met Kim in Pyongyang and said …": the subject of the clause is the source.
    const conj = /\band\s+(?:also\s+|later\s+|then\s+)?$/i.exec(sentence.slice(0, verbAt));
    if (conj) {
      const subject = clauseSubject(sentence, verbAt);
      if (subject) {
        // The span is "and said" only: the subject's own clause may hold figures.
        out.push(classify(subject.text, conj.index, verbAt + m[0].length, citedNames));
        continue;
      }
    }
    const before = phraseBefore(sentence, verbAt);
    // "sources familiar with the matter told Daily NK": the outlet is the named source.
    const unnamed = /\bsources?\s+(?:in|from|at|close to|familiar with|inside|within)\s+[^,;]*$/i.test(
      sentence.slice(0, verbAt),
    );
    if (
      m[0] === "told" &&
      (!before || unnamed || GENERIC.test(before.text.replace(/^(?:the|a|an)\s+/i, "")))
    ) {
      const outlet = phraseAfter(sentence, verbAt + m[0].length + 1);
      if (
        outlet &&
        /^(?:the\s+)?\p{Lu}/u.test(outlet.text) &&
        !/^(?:reporters|lawmakers|journalists)$/i.test(outlet.text)
      ) {
        out.push(classify(outlet.text, verbAt, outlet.end, citedNames));
        continue;
      }
    }
    if (before && !/^(?:that|which|who)$/i.test(before.text)) {
      out.push(classify(before.text, before.start, verbAt + m[0].length, citedNames));
      continue;
    }
    if (/[,”"’]\s*$/.test(sentence.slice(Math.max(0, verbAt - 3), verbAt))) continue;
    // "Satellite images show ...": a source of its own, but not a named one.
    const prevWord = /([\p{L}]+)\s*$/u.exec(sentence.slice(0, verbAt))?.[1] ?? "";
    if (
      prevWord &&
      !/\d[\d,.]*\s*$/.test(sentence.slice(0, verbAt)) &&
      !/^(?:a|an|the|has|have|had|is|was|are|were|be|been|being|to|and|or|which|that|who|widely|previously|also)$/i.test(
        prevWord,
      ) &&
      !/^(?:estimated|estimates|estimate|report|reports)$/i.test(m[0])
    ) {
      out.push({
        name: null,
        chain: [],
        start: verbAt - prevWord.length,
        end: verbAt + m[0].length,
        anaphoric: false,
      });
    }
  }
  // Headline byline: "North Korea to send 6,000 builders to Kursk: Shoigu".
  const byline = /(?:[:—–]|\s-)\s*((?:[\p{Lu}][\p{L}'’.-]*\s?){1,4})\s*$/u.exec(sentence);
  if (byline && !/[.!?]$/.test(sentence.trim()))
    out.push(classify(byline[1].trim(), byline.index, sentence.length, citedNames));
  // Headline source prefix: "Shoigu: 5,000 builders for Kursk", "Intelligence Service: 12,000 …".
  const prefix = HEADLINE_PREFIX.exec(sentence);
  if (
    prefix &&
    !/[.!?]["”’]?\s*$/.test(sentence) &&
    isSourcePrefix(prefix[1]) &&
    !out.some((o) => o.start === 0)
  )
    // A title-cased description ("Intelligence Service:") is lower-cased so it resolves like "the service".
    out.push(
      classify(
        prefix[1].split(/\s+/).every((w) => ORG_WORDS.has(w.toLowerCase()))
          ? prefix[1].toLowerCase()
          : prefix[1],
        0,
        prefix[1].length,
        citedNames,
      ),
    );
  if (citing.length && out.length === 0) {
    const at = sentence.search(/\bciting\s/i);
    out.push(classify(citing[0]!.text, at, citing[0]!.end, citedNames.slice(1)));
  }
  return out.sort((a, b) => a.start - b.start);
}

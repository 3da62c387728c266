// normalizeName: raw name → typed tokens ready for scoring and blocking.
// Steps: romanise (Hangul, Cyrillic, Greek) → fold case/accents → read "FAMILY, Given" order →
// tokenise (hyphen groups kept) → drop titles, stopwords and (organisations) legal forms →
// expand abbreviations and number words → detect Korean names and merge the given name's
// syllables into one token → attach phonetic key, Korean syllable key, weight and role.
import { caronReadings, detectScript, toLatin, type Script } from "./script.ts";
import { isKoreanSurname, parseKoreanSyllables, surnameRank, type KoreanSyllable } from "./korean.ts";
import { phoneticKey } from "./phonetic.ts";
import { tokenWeight } from "./weights.ts";
import { canonicalGivenName, canonicalPatronymic, isPatronymic, nicknameOf } from "./given-names.ts";
import { editDistance } from "./similarity.ts";
import { splitAbd } from "./arabic.ts";
import {
  ABBREVIATIONS,
  AMBIGUOUS_TITLES,
  DOTTED_LEGAL_FORMS,
  LEGAL_FORM_PHRASES,
  LEGAL_FORM_WORDS,
  PARTICLES,
  PARTICLE_CANON,
  STOPWORDS,
  TITLES,
  numberWordValue,
  romanValue,
} from "./vocabulary.ts";
import type { TokenRole } from "./roles.ts";

export type { TokenRole };
export type NameType = "person" | "organization" | "any";

export interface NameToken {
  /** normalised token: lower-case ASCII (or the original letters for scripts without a table) */
  text: string;
  /** phonetic key folding transliteration differences */
  key: string;
  /** Korean syllables when the name reads as a Korean name (given names are one token) */
  korean?: KoreanSyllable[];
  /** informativeness 0..1 (rare, long tokens high; common family names, particles, initials low) */
  weight: number;
  role: TokenRole;
  /** second phonetic key when a caron letter may stand for a digraph (Šojgu: sojgu / shojgu) */
  altKey?: string;
  /** keys of the full names a diminutive stands for (Sasha → aleksandr) */
  nicknameOf?: string[];
  /** part of a hyphenated double surname (Solovyov-Sedoi, Bolte-Richter) */
  hyphenated?: boolean;
  /** written in parentheses in an organisation name ("Leader (Hong Kong) Trading"): a qualifier */
  qualifier?: boolean;
  /** romanised from Arabic script, which writes no short vowels: compared on consonants */
  abjad?: boolean;
}

export interface NormalizedName {
  original: string;
  type: "person" | "organization";
  script: Script;
  tokens: NameToken[];
  /** canonical classes of legal forms removed (ltd, llc, jsc, …) */
  legalForms: string[];
  /** titles, stopwords and other words dropped, for the explanation */
  dropped: string[];
  korean: boolean;
}

interface RawToken {
  text: string;
  group: number; // tokens joined by hyphens share a group
  /** split out of one written word (Abdulaziz → abd al aziz): not a hyphenated double name */
  compound?: boolean;
  family: boolean;
  qualifier?: boolean;
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g" };
const PERSON_STOPWORDS = new Set(["the", "of", "and"]);
const PERSON_LEGAL_SUFFIXES = new Set(["llc", "ltd", "inc", "gmbh", "sa", "plc", "corp", "jsc", "ooo", "ag"]);
const ORG_HINTS =
  /\b(bank|trading|company|corporation|corp|inc|ltd|limited|llc|group|industr\w*|association|ministry|committee|bureau|department|office|agency|organi[sz]ation|army|party|front|fund|trust|holding\w*|shipping|enterprise\w*|international|airlines?|institute|university|factory|plant|general|federation|society|union|council|foundation|movement|brigade|battalion|regiment|force|forces|navy|centre|center|services?|gmbh|jsc|ojsc|pjsc|ooo|oao|zao|pao|ao|co|doo|fze|sarl|srl|sa|ag|plc|llp|bv|nv)\b/;

/** Light English stemming for organisation words (Banking/Bank, Forces/Force, Industries/Industry). */
function stem(word: string): string {
  if (word.length < 6 || /\d/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing")) return word.slice(0, -3);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/** Guess whether an untyped name is an organisation. */
export function inferType(latin: string): "person" | "organization" {
  return ORG_HINTS.test(latin) ? "organization" : "person";
}

function isLegalFormTail(text: string): boolean {
  const words = text.split(/[^a-z0-9]+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.every((w) => w in LEGAL_FORM_WORDS || DOTTED_LEGAL_FORMS.has(w))
  );
}

function tokenize(latin: string, type: "person" | "organization"): RawToken[] {
  let text = latin
    .replace(/['’‘`ʼʻ]/g, "")
    // digits typed for look-alike letters inside words (Ig0r Sech1n)
    .replace(/(?<=\p{L})[0134579](?=\p{L})/gu, (d) => LEET[d] ?? d)
    .replace(/&/g, " and ");
  // "FAMILY, Given" → family marked; "Apple, Inc." is not a name order
  // the family part is marked with a private-use character so that a given name equal to the
  // family name (CHANG, Chang-ha) is not mistaken for it
  const comma = /^([^,]+),([^,]+)$/.exec(text);
  if (type === "person" && comma && !isLegalFormTail(comma[2].replace(/\./g, ""))) {
    text = `${comma[2]} ${comma[1].replace(/[\p{L}\p{N}]+/gu, (w) => `${w}\uE000`)}`;
  }
  text = text.replace(/\b([a-z])\/([a-z])\b/g, "$1$2");
  if (type === "organization") {
    // dotted initials and legal forms: A.B.C. → abc, S.A.R.L. → sarl, o.O.O. → ooo
    text = text.replace(
      /(?<![a-z0-9])((?:[a-z0-9]\.\s?){1,}[a-z0-9]\.?)(?![a-z0-9])/g,
      (m) => ` ${m.replace(/[.\s]/g, "")} `,
    );
  }
  const tokens: RawToken[] = [];
  let group = 0;
  for (const word of text.split(/[^\p{L}\p{N}\uE000-]+/u)) {
    const parts = word.split("-").filter((p) => p && p !== "\uE000");
    if (parts.length === 0) continue;
    for (const part of parts) {
      const family = part.endsWith("\uE000");
      tokens.push({ text: family ? part.slice(0, -1) : part, group, family });
    }
    group++;
  }
  return tokens;
}

// long legal-form words also match with one typo ("Compnay", "Limted"), short ones only exactly
const LONG_LEGAL_WORDS = Object.keys(LEGAL_FORM_WORDS).filter((w) => w.length >= 6);
const PHRASE_WORDS = new Set(LEGAL_FORM_PHRASES.flatMap(([words]) => words).filter((w) => w.length >= 6));

function fuzzyLegalWord(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length < 6) return undefined;
  for (const c of candidates) {
    // a typo rarely hits the first letter: cheap filter before the edit distance
    if (c[0] !== word[0]) continue;
    if (Math.abs(c.length - word.length) <= 1 && editDistance(c, word) <= (c.length >= 10 ? 2 : 1)) return c;
  }
  return undefined;
}

function legalWord(word: string): string {
  if (word in LEGAL_FORM_WORDS || PHRASE_WORDS.has(word)) return word;
  return fuzzyLegalWord(word, LONG_LEGAL_WORDS) ?? fuzzyLegalWord(word, PHRASE_WORDS) ?? word;
}

const LEADING_SINGLE_FORMS = new Set(
  "ooo oao zao szao pao ao jsc ojsc pjsc cjsc jscb pjscb llc tov pt fgup gup mup ano nko sa ag ab srl sarl sas spa doo".split(
    " ",
  ),
);

function stripLegalForms(tokens: RawToken[], legalForms: string[]): RawToken[] {
  let list = tokens.map((t) => ({ ...t, legal: legalWord(t.text) }));
  const matchPhraseAt = (start: number, allowSingle = true): number => {
    for (const [phrase, cls] of LEGAL_FORM_PHRASES) {
      if (start + phrase.length > list.length) continue;
      if (phrase.every((w, i) => list[start + i].legal === w)) {
        legalForms.push(cls);
        return phrase.length;
      }
    }
    const cls = allowSingle ? LEGAL_FORM_WORDS[list[start].legal] : undefined;
    if (cls) {
      legalForms.push(cls);
      return 1;
    }
    return 0;
  };
  // strip from the end repeatedly ("Corporation Joint Stock Company"), then from the start ("OOO …")
  for (let changed = true; changed && list.length > 1;) {
    changed = false;
    for (let start = Math.max(0, list.length - 6); start < list.length; start++) {
      const save = legalForms.length;
      const n = matchPhraseAt(start);
      if (n > 0 && start + n === list.length && start > 0) {
        list = list.slice(0, start);
        changed = true;
        break;
      }
      legalForms.length = save;
    }
  }
  for (let changed = true; changed && list.length > 1;) {
    changed = false;
    const save = legalForms.length;
    // phrases anywhere in front, single words only if written in front (OOO, JSC, PT), not Co/Ltd
    const n = matchPhraseAt(0, LEADING_SINGLE_FORMS.has(list[0].legal));
    if (n > 0 && n < list.length) {
      list = list.slice(n);
      changed = true;
    } else legalForms.length = save;
  }
  return list.map(({ legal: _legal, ...t }) => t);
}

function foldNumbers(
  tokens: RawToken[],
  type: "person" | "organization",
): Array<RawToken & { number?: boolean }> {
  const out: Array<RawToken & { number?: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const word = numberWordValue(t.text);
    if (word && type === "organization") {
      let value = word.value;
      const next = tokens[i + 1];
      if (word.tens && next) {
        const unit =
          numberWordValue(next.text) ??
          (/^[1-9]$/.test(next.text) ? { value: Number(next.text), tens: false } : undefined);
        if (unit && !unit.tens && unit.value < 10) {
          value += unit.value;
          i++;
        }
      }
      out.push({ ...t, text: String(value), number: true });
      continue;
    }
    if (/^\d+$/.test(t.text)) {
      out.push({ ...t, text: String(Number(t.text)), number: true });
      continue;
    }
    if (type === "organization" && i > 0 && t.text.length <= 5) {
      const roman = romanValue(t.text);
      if (roman !== undefined && (t.text !== "i" || i === tokens.length - 1)) {
        out.push({ ...t, text: String(roman), number: true });
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** Abdulaziz / Abdul Aziz / Abd al-Aziz → abd al aziz (the spellings of one Arabic compound). */
function splitAbdCompounds(tokens: RawToken[]): RawToken[] {
  if (!tokens.some((t) => t.text.startsWith("abd"))) return tokens;
  return tokens.flatMap((t, i) => {
    const parts = t.text.startsWith("abd") ? splitAbd(t.text, tokens[i + 1]?.text) : undefined;
    return parts
      ? parts.map((text, k) => ({ ...t, text, family: t.family && k === parts.length - 1, compound: true }))
      : [t];
  });
}

/** Korean-name reading of the tokens: family name + one given-name token of 1–3 syllables, or null. */
function readKorean(tokens: RawToken[], forced: boolean): { family: RawToken; given: RawToken[] } | null {
  if (tokens.length < 2 || tokens.length > 4) return null;
  const tryFamily = (familyIndex: number) => {
    const family = tokens[familyIndex];
    if (!forced && !isKoreanSurname(family.text)) return null;
    const given = tokens.filter((_, i) => i !== familyIndex);
    let syllables = 0;
    for (const g of given) {
      const parsed = parseKoreanSyllables(g.text);
      if (!parsed) return null;
      syllables += parsed.length;
    }
    if (syllables < 1 || syllables > 3) return null;
    // the given name must be one run of tokens (not family in the middle)
    return { family, given };
  };
  const commaFamily = tokens.findIndex((t) => t.family);
  if (commaFamily >= 0 && tokens.filter((t) => t.family).length === 1) return tryFamily(commaFamily);
  const first = tryFamily(0);
  const last = tryFamily(tokens.length - 1);
  if (first && last)
    return surnameRank(tokens[tokens.length - 1].text) < surnameRank(tokens[0].text) ? last : first;
  return first ?? last;
}

/** Normalise a name for matching. `type` "any" (default) guesses person vs organisation. */
export function normalizeName(name: string, type: NameType = "any"): NormalizedName {
  const script = detectScript(name);
  // "Myo' ng-ch'o' l": an apostrophe (MR breve stand-in) followed by a space splits no word
  const latin = toLatin(name.replace(/(\p{L})['’`ʼ]\s+(?=\p{Ll})/gu, "$1"), script);
  const kind = type === "any" ? inferType(latin) : type;
  const carons = script === "latin" ? caronReadings(name) : undefined;
  const dropped: string[] = [];
  const legalForms: string[] = [];
  // an organisation's parenthesised words (branch, place, acronym) qualify the name: kept apart
  let main = latin;
  const inner: string[] = [];
  if (kind === "organization") {
    const rest = latin.replace(/\(([^)]*)\)/g, (_, x: string) => {
      inner.push(x);
      return " ";
    });
    if (/[\p{L}\p{N}]/u.test(rest) && inner.length) main = rest;
    else inner.length = 0;
  }
  let raw = splitAbdCompounds(tokenize(main, kind));

  if (kind === "organization") {
    raw = stripLegalForms(raw, legalForms);
    const qualifiers = stripLegalForms(tokenize(inner.join(" "), kind), legalForms);
    for (const q of qualifiers) raw.push({ ...q, group: q.group + 10_000, qualifier: true });
  } else if (raw.length > 2 && PERSON_LEGAL_SUFFIXES.has(raw[raw.length - 1].text)) {
    legalForms.push(LEGAL_FORM_WORDS[raw[raw.length - 1].text]);
    raw = raw.slice(0, -1);
  }
  const stopwords = kind === "organization" ? STOPWORDS : PERSON_STOPWORDS;
  const kept: RawToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const remaining = raw.length - i - 1;
    // a title never sits inside a hyphenated name (Wang-gen, Kim Il-Sung)
    const inGroup = raw.some((o) => o !== t && o.group === t.group);
    const isTitle =
      kind === "person" &&
      !inGroup &&
      TITLES.has(t.text) &&
      remaining + kept.length >= 1 &&
      (!AMBIGUOUS_TITLES.has(t.text) || (kept.length === 0 && remaining >= 2));
    if ((isTitle || stopwords.has(t.text)) && raw.length > 1) {
      dropped.push(t.text);
      continue;
    }
    const expansion = kind === "organization" ? ABBREVIATIONS[t.text] : undefined;
    if (expansion) for (const e of expansion) kept.push({ ...t, text: e });
    else kept.push(t);
  }
  // "Daedong Credit Bank (DCB)": a trailing acronym of the name itself adds nothing; "Office No. 39"
  if (kind === "organization" && kept.length >= 3) {
    const last = kept[kept.length - 1].text;
    const initials = kept
      .slice(0, -1)
      .map((t) => t.text[0])
      .join("");
    if (last.length >= 2 && last === initials) dropped.push(kept.pop()!.text);
  }
  for (let i = kept.length - 2; i >= 0; i--) {
    if ((kept[i].text === "no" || kept[i].text === "nr") && /^\d+$/.test(kept[i + 1].text))
      dropped.push(...kept.splice(i, 1).map((t) => t.text));
  }
  const folded = foldNumbers(kept.length ? kept : raw, kind);

  // Korean names: family name + given name merged into one token of syllables
  const korean =
    kind === "person" ? readKorean(folded, script === "hangul" || script === "korean-cyrillic") : null;
  const tokens: NameToken[] = [];
  if (korean) {
    const familySyllables = parseKoreanSyllables(korean.family.text) ?? undefined;
    const givenSyllables = korean.given.flatMap((g) => parseKoreanSyllables(g.text) ?? []);
    const givenText = korean.given.map((g) => g.text).join("");
    tokens.push({
      text: korean.family.text,
      key: phoneticKey(korean.family.text),
      korean: familySyllables,
      weight: tokenWeight(korean.family.text, "family"),
      role: "family",
    });
    tokens.push({
      text: givenText,
      key: phoneticKey(givenText),
      korean: givenSyllables,
      weight: tokenWeight(givenText, "given"),
      role: "given",
    });
  } else {
    const hasFamily = folded.some((t) => t.family);
    for (const t of folded) {
      let text = t.text;
      let role: TokenRole = "name";
      if (t.number) role = "number";
      else if (kind === "person" && PARTICLES.has(text) && folded.length > 1) {
        role = "particle";
        text = PARTICLE_CANON[text] ?? text;
      } else if (kind === "person" && text.length === 1) role = "initial";
      else if (kind === "person" && !t.family && isPatronymic(text)) role = "patronymic";
      else if (kind === "person" && hasFamily) role = t.family ? "family" : "given";
      const canonical =
        kind === "person"
          ? role === "patronymic"
            ? canonicalPatronymic(text)
            : canonicalGivenName(text)
          : kind === "organization"
            ? stem(text)
            : undefined;
      const token: NameToken = {
        text,
        key: phoneticKey(canonical ?? text),
        weight: tokenWeight(text, role),
        role,
      };
      if (t.qualifier) token.qualifier = true;
      if (script === "arabic" && role !== "number") token.abjad = true;
      const alternative = carons?.get(text);
      if (alternative) token.altKey = phoneticKey(canonicalGivenName(alternative) ?? alternative);
      const fullNames = kind === "person" ? nicknameOf(text) : undefined;
      if (fullNames) token.nicknameOf = fullNames.map((n) => phoneticKey(canonicalGivenName(n) ?? n));
      // double surnames only: the family part, or the last word group in Western order
      const lastGroup = folded[folded.length - 1].group;
      // (al-Rawi, Abd-al-Aziz: a particle or an Arabic compound is not the other half of a double surname)
      const partners = folded.some(
        (o) => o !== t && o.group === t.group && !PARTICLES.has(o.text) && !(o.compound && t.compound),
      );
      if ((t.family || t.group === lastGroup) && partners) {
        token.hyphenated = true;
      }
      tokens.push(token);
    }
  }
  return { original: name, type: kind, script, tokens, legalForms, dropped, korean: korean !== null };
}

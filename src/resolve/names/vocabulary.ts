// Word lists used by normalisation: legal forms, titles, stopwords, particles, abbreviations and
// number words. All entries are lower-case ASCII as produced by the normaliser (accents stripped,
// Cyrillic romanised with BGN/PCGN). Only legal-form words are stripped from organisation names;
// distinctive words such as "Trading" or "Bank" stay and are down-weighted by frequency instead.
import { NUMBER_TENS, NUMBER_UNITS } from "../../lang/number-words.ts";

/** Multi-word legal forms (longest first when matching); value = canonical class. */
export const LEGAL_FORM_PHRASES: Array<[string[], string]> = (
  [
    ["public limited company", "plc"],
    ["open joint stock company", "jsc"],
    ["closed joint stock company", "jsc"],
    ["public joint stock company", "jsc"],
    ["joint stock company", "jsc"],
    ["limited liability company", "llc"],
    ["limited liability partnership", "llp"],
    ["limited partnership", "lp"],
    ["gesellschaft mit beschrankter haftung", "llc"],
    ["societatea cu raspundere limitata", "llc"],
    ["societe a responsabilite limitee", "llc"],
    ["sociedad anonima", "sa"],
    ["societe anonyme", "sa"],
    ["sociedad de responsabilidad limitada", "llc"],
    ["obshchestvo s ogranichennoy otvetstvennostyu", "llc"],
    ["obshchestvo s ogranichennoi otvetstvennostyu", "llc"],
    ["tovarystvo z obmezhenoyu vidpovidalnistyu", "llc"],
    ["aktsionernoye obshchestvo", "jsc"],
    ["aktsionernoe obshchestvo", "jsc"],
    ["otkrytoe aktsionernoe obshchestvo", "jsc"],
    ["zakrytoe aktsionernoe obshchestvo", "jsc"],
    ["publichnoe aktsionernoe obshchestvo", "jsc"],
    ["otkrytoye aktsionernoye obshchestvo", "jsc"],
    ["publichnoye aktsionernoye obshchestvo", "jsc"],
    ["zakrytoye aktsionernoye obshchestvo", "jsc"],
    ["sp z oo", "llc"],
    ["sa de cv", "sa"],
    ["s de rl", "llc"],
    ["federal state unitary enterprise", "sue"],
    ["state unitary enterprise", "sue"],
    ["unitary enterprise", "sue"],
    ["federalnoe gosudarstvennoe unitarnoe predpriyatie", "sue"],
    ["federalnoe gosudarstvennoe unitarnoe predpriiatie", "sue"],
    ["gosudarstvennoe unitarnoe predpriyatie", "sue"],
    ["gosudarstvennoe unitarnoe predpriiatie", "sue"],
    ["private joint stock company", "jsc"],
    ["private limited company", "ltd"],
    ["free zone company", "llc"],
    ["free zone establishment", "llc"],
    ["anonim sirketi", "jsc"],
    ["limited sirketi", "ltd"],
    ["co ltd", "ltd"],
    ["pty ltd", "ltd"],
    ["pte ltd", "ltd"],
    ["company limited", "ltd"],
    // Vietnamese (cong ty TNHH = limited liability company, co phan = joint stock) and Chinese pinyin
    ["cong ty trach nhiem huu han", "llc"],
    ["cong ty tnhh", "llc"],
    ["cong ty co phan", "jsc"],
    ["cong ty", "corp"],
    ["gufen youxian gongsi", "jsc"],
    ["youxian zeren gongsi", "llc"],
    ["youxian gongsi", "ltd"],
  ] as Array<[string, string]>
)
  .map(([phrase, cls]) => [phrase.split(" "), cls] as [string[], string])
  .sort((a, b) => b[0].length - a[0].length);

/** Single-word legal forms → canonical class. */
export const LEGAL_FORM_WORDS: Record<string, string> = {
  ltd: "ltd",
  limited: "ltd",
  llc: "llc",
  llp: "llp",
  lp: "lp",
  plc: "plc",
  inc: "corp",
  incorporated: "corp",
  corp: "corp",
  corporation: "corp",
  co: "corp",
  company: "corp",
  cie: "corp",
  jsc: "jsc",
  ojsc: "jsc",
  pjsc: "jsc",
  cjsc: "jsc",
  oao: "jsc",
  zao: "jsc",
  pao: "jsc",
  ao: "jsc",
  ooo: "llc",
  tov: "llc",
  gmbh: "llc",
  ag: "jsc",
  kg: "lp",
  sa: "sa",
  sas: "sa",
  sarl: "llc",
  srl: "llc",
  sl: "llc",
  spa: "sa",
  bv: "llc",
  nv: "sa",
  ab: "jsc",
  as: "jsc",
  asa: "jsc",
  oy: "jsc",
  oyj: "jsc",
  pte: "ltd",
  pty: "ltd",
  bhd: "ltd",
  sdn: "ltd",
  kk: "jsc",
  kft: "llc",
  doo: "llc",
  sro: "llc",
  eood: "llc",
  ood: "llc",
  ad: "jsc",
  aktiengesellschaft: "jsc",
  ano: "nko",
  nko: "nko",
  fgup: "sue",
  gup: "sue",
  pt: "ltd",
  tbk: "jsc",
  fze: "llc",
  fzco: "llc",
  fzc: "llc",
  fzllc: "llc",
  na: "sa",
  lda: "llc",
  ltda: "llc",
  bsc: "jsc",
  psc: "jsc",
  saog: "jsc",
  saoc: "jsc",
  sae: "jsc",
  ead: "jsc",
  taa: "llc",
  pat: "jsc",
  prat: "jsc",
  tnhh: "llc",
  // Belarusian/Russian closed and public JSCs, joint-stock (commercial) banks
  szao: "jsc",
  oaso: "jsc",
  jscb: "jsc",
  pjscb: "jsc",
  ojscb: "jsc",
  gongsi: "corp",
};

/** Legal forms written as a run of single letters with dots ("S.A.R.L.", "o.O.O."). */
export const DOTTED_LEGAL_FORMS = new Set([
  "sarl",
  "sa",
  "ooo",
  "bv",
  "nv",
  "llc",
  "plc",
  "lp",
  "llp",
  "ag",
  "srl",
  "na",
  "pt",
  "as",
  "ab",
  "sas",
  "spa",
]);

/** Honorifics, ranks and office titles dropped from person names. */
export const TITLES = new Set(
  (
    "mr mrs ms miss mister sir madam madame dame lord lady dr doctor prof professor gen general lt ltgen " +
    "col colonel maj major capt captain cmdr commander adm admiral marshal marshall sgt sergeant comrade " +
    "chairman chairwoman president premier minister secretary director ambassador rev reverend father " +
    "sheikh shaikh shaykh sheik haji hajji mullah mawlawi maulavi qari sayyid sayed emir amir hon honorable " +
    "herr frau monsieur mme mlle senor senora don dona gospodin tovarishch mgr ing judge justice king queen " +
    "prince princess jr sr junior senior esq phd md praesident prasident presidente"
  ).split(" "),
);

/** Titles that are also common given names or name parts: only dropped before another token. */
export const AMBIGUOUS_TITLES = new Set([
  "amir",
  "emir",
  "sayyid",
  "sayed",
  "qari",
  "haji",
  "hajji",
  "don",
  "king",
  "father",
  "major",
  "judge",
  "general",
]);

/** Function words removed everywhere. */
export const STOPWORDS = new Set(["the", "of", "and", "und", "et", "for", "y", "e", "a"]);

/** Name particles kept as tokens but given little weight. */
export const PARTICLES = new Set(
  "al el ul bin ibn ben bint binti abu abou umm de da di du des del della der den van von la le los las dos do ter zu ould ogly oglu kyzy gizi".split(
    " ",
  ),
);

/** Canonical spelling for particle variants. */
export const PARTICLE_CANON: Record<string, string> = {
  ibn: "bin",
  ben: "bin",
  el: "al",
  ul: "al",
  abou: "abu",
};

/** Common abbreviations expanded before comparison. */
export const ABBREVIATIONS: Record<string, string[]> = {
  intl: ["international"],
  shpg: ["shipping"],
  shpng: ["shipping"],
  jv: ["joint", "venture"],
  expt: ["export"],
  imp: ["import"],
  exp: ["export"],
  int: ["international"],
  natl: ["national"],
  nat: ["national"],
  govt: ["government"],
  dept: ["department"],
  assn: ["association"],
  assoc: ["association"],
  mfg: ["manufacturing"],
  bros: ["brothers"],
  tech: ["technology"],
  univ: ["university"],
  inst: ["institute"],
  ind: ["industrial"],
  indus: ["industries"],
  mgmt: ["management"],
  svcs: ["services"],
  svc: ["service"],
  hldgs: ["holdings"],
  grp: ["group"],
  us: ["united", "states"],
  usa: ["united", "states"],
  uk: ["united", "kingdom"],
  // country words North Korean names use interchangeably (Korea/Chosun/Joson, DPRK)
  dprk: ["korea"],
  korean: ["korea"],
  choson: ["korea"],
  chosun: ["korea"],
  joson: ["korea"],
  // legal-form words left inside a name (not at its end) are one weak word whatever the spelling
  co: ["company"],
  corp: ["company"],
  corporation: ["company"],
  inc: ["company"],
  incorporated: ["company"],
  ltd: ["limited"],
  jvc: ["joint", "venture"],
  jointventure: ["joint", "venture"],
  trade: ["trading"],
  centre: ["center"],
  organisation: ["organization"],
  // transliterated Russian words for the English ones (Zavod Dagdizel = Dagdizel Plant)
  zavod: ["plant"],
  kompaniya: ["company"],
  kompaniia: ["company"],
  gruppa: ["group"],
  grupp: ["group"],
  tsentr: ["center"],
  institut: ["institute"],
  menedzhment: ["management"],
  inzhiniring: ["engineering"],
  kontsern: ["concern"],
  obedinenie: ["association"],
  predpriyatie: ["enterprise"],
  predpriiatie: ["enterprise"],
  elektronika: ["electronics"],
  hkg: ["hong", "kong"],
  hk: ["hong", "kong"],
  hongkong: ["hong", "kong"],
  st: ["saint"],
  mt: ["mount"],
  ft: ["fort"],
};

/** Words that mark a branch of a company ("Silver Bridge Shipping Co-HKG"): cheap when only on one side. */
export const BRANCH_WORDS = new Set(["hong", "kong", "branch", "office", "representative"]);

const UNITS: Record<string, number> = NUMBER_UNITS;
// "fourty" is a common misspelling in list data.
const TENS: Record<string, number> = { ...NUMBER_TENS, fourty: 40 };
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Value of an English number word (units, tens, ordinals, "1st"), or undefined. */
export function numberWordValue(word: string): { value: number; tens: boolean } | undefined {
  if (word in UNITS) return { value: UNITS[word], tens: false };
  if (word in TENS) return { value: TENS[word], tens: true };
  if (word in ORDINALS) return { value: ORDINALS[word], tens: false };
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(word);
  if (ordinal) return { value: Number(ordinal[1]), tens: false };
  return undefined;
}

const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
/** Value of a Roman numeral I–XXXIX, or undefined (only used for series markers such as "Fund IV"). */
export function romanValue(word: string): number | undefined {
  if (!word || !ROMAN.test(word)) return undefined;
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = values[word[i]];
    const next = values[word[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Country names as single normalised words. An extra country word marks a national subsidiary
 * (Banco Santander Chile), so containment does not make it cheap; in parentheses it stays a qualifier.
 */
export const COUNTRY_WORDS = new Set(
  (
    "afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh " +
    "belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chile china colombia " +
    "congo croatia cuba cyprus czech denmark ecuador egypt eritrea estonia ethiopia finland france georgia " +
    "germany ghana greece guatemala honduras hungary india indonesia iran iraq ireland israel italy japan " +
    "jordan kazakhstan kenya kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg malaysia mali " +
    "mexico moldova mongolia montenegro morocco myanmar nepal netherlands nicaragua niger nigeria norway oman " +
    "pakistan panama paraguay peru philippines poland portugal qatar romania russia rwanda serbia singapore " +
    "slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand " +
    "tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zimbabwe " +
    "emirates uae dubai"
  ).split(" "),
);

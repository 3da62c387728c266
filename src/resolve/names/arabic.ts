// Arabic-script names (Arabic, Persian, Pashto, Urdu letters) romanised letter by letter, and the
// consonant skeleton both sides of an Arabic ↔ Latin pair are compared on. Arabic writes no short
// vowels (محمد = m-h-m-d for Muhammad/Mohamed) and doubles no letters, so a Latin spelling and an
// Arabic one can only agree on their consonants: the skeleton drops vowels, semivowels (w/y, which
// Arabic uses for long vowels), ʿayn/hamza marks and doubled letters, and folds the letter pairs
// transliterations confuse (q/k, kh/h, gh/g, dh/d, th/t, ch/sh).

export const ARABIC_RE = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

const LETTERS: Record<string, string> = {
  ا: "a",
  أ: "a",
  إ: "i",
  آ: "a",
  ٱ: "a",
  ء: "",
  ؤ: "u",
  ئ: "i",
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ک: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ة: "a",
  ى: "a",
  پ: "p",
  چ: "ch",
  ژ: "zh",
  گ: "g",
  ڤ: "v",
  ٹ: "t",
  ڈ: "d",
  ڑ: "r",
  ں: "n",
  ھ: "h",
  ۀ: "a",
  ہ: "h",
  ۃ: "a",
  ے: "e",
};

/** Romanise one Arabic-script word: و/ي are w/y at the start of a word, long vowels u/i inside it. */
function romanizeWord(word: string): string {
  let out = "";
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "و") out += i === 0 ? "w" : "u";
    else if (ch === "ي" || ch === "ی" || ch === "ې" || ch === "ۍ") out += i === 0 ? "y" : "i";
    else if (ch in LETTERS) out += LETTERS[ch];
    else if (/[\u064B-\u065F\u0670\u0640]/.test(ch))
      continue; // harakat, tatweel
    else out += ch;
  }
  return out;
}

/** Romanise Arabic-script text; the article ال is split off as "al-" (العبيدي → al-ubidi). */
export function romanizeArabic(text: string): string {
  return text.replace(/[\u0600-\u06FF\u0750-\u077F]+/g, (word) => {
    if (word.length > 3 && word.startsWith("ال")) return `al-${romanizeWord(word.slice(2))}`;
    return romanizeWord(word);
  });
}

// "Abdul Aziz", "Abdulaziz", "Abd al-Aziz", "Abdur Rahman", "Abdurrahman": one name, Abd + al + X
const ABD = /^abd(?:u|e|a|o|ou)?([lrsntdz])([a-z]+)$/;

/** Split the Abd-al- compounds of Arabic names into abd + al (+ the rest), or undefined. */
export function splitAbd(word: string, next: string | undefined): string[] | undefined {
  if (/^abd(?:u|e|a|o|ou)l$/.test(word) && next && next !== "al") return ["abd", "al"];
  const m = ABD.exec(word);
  if (!m) return undefined;
  const rest = m[1] === "l" || m[2].startsWith(m[1]) ? m[2] : m[1] + m[2];
  if (rest.length < 3 || rest === "lah" || rest === "llah" || rest === "ulla" || rest === "ullah")
    return undefined;
  return ["abd", "al", rest];
}

const skeletons = new Map<string, string>();

/** Consonant skeleton of a lower-case Latin token (or a romanised Arabic one). */
export function abjadSkeleton(text: string): string {
  let s = skeletons.get(text);
  if (s !== undefined) return s;
  s = text
    .replace(/(?<=[aeiou])h$/, "") // Fatimah / Haniyeh: the final h of ة
    .replace(/kh/g, "h")
    .replace(/gh/g, "g")
    .replace(/[sc]h/g, "S")
    .replace(/dh/g, "d")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/q/g, "k")
    .replace(/p/g, "b") // Arabic has no p or v: Pérez is written with b, Viktor with f
    .replace(/v/g, "f")
    .replace(/[aeiouwy'`]/g, "")
    .replace(/(.)\1+/g, "$1");
  if (skeletons.size > 100_000) skeletons.clear();
  skeletons.set(text, s);
  return s;
}

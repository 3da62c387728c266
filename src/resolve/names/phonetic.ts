// Phonetic key for Latin-script name tokens: folds the spelling differences that transliteration
// produces (Shoigu/Shoygu, Sergei/Sergey/Sergej, Zelenskyy/Selenskyj, -ov/-off, kh/h, ph/f, w/v,
// doubled letters; zh/sh/sch meet as German spells both Ж and Ш "sch") so that variant spellings of one name share a key. Not meant to be readable.

// multi-letter spellings, longest first at each position → replacement
const DIGRAPHS: Array<[string, string]> = [
  ["shch", "S"],
  ["tsch", "C"], // German spelling of ч (Tschatajew = Chatayev)
  ["sch", "S"],
  ["sh", "S"],
  ["tch", "C"],
  ["dzh", "J"],
  ["dj", "J"],
  ["zh", "S"],
  ["kh", "h"],
  ["gh", "h"],
  ["ph", "v"],
  ["th", "t"],
  ["ck", "k"],
  ["ch", "C"],
  ["ts", "Z"],
  ["tz", "Z"],
  ["ou", "u"],
  ["oo", "u"],
  ["ee", "i"],
];
const BY_FIRST = new Map<string, Array<[string, string]>>();
for (const d of DIGRAPHS) {
  const list = BY_FIRST.get(d[0][0]) ?? [];
  list.push(d);
  BY_FIRST.set(d[0][0], list);
}
// g and h meet: Ukrainian writes Г as h (Ihor/Igor, Hubarev/Gubarev)
const SINGLE: Record<string, string> = { q: "k", x: "ks", w: "v", z: "s", f: "v", y: "i", j: "i", g: "h" };

const memo = new Map<string, string>();

/** Phonetic key of one lower-case ASCII token (single pass; memoised). */
export function phoneticKey(token: string): string {
  const cached = memo.get(token);
  if (cached !== undefined) return cached;
  // Belarusian ў written u (Kalinouski/Kalinovsky, Halavanau/Golovanov)
  // Greek -idis/-ides/-idhs and mp for b (Charalambides/Charalampidis)
  const word =
    token.length >= 6
      ? token
          .replace(/([aeiou])u(sk|sc)/g, "$1v$2")
          .replace(/au$/, "ov")
          .replace(/(?<=id)(?:es|hs)$/, "is")
          .replace(/(?<=[aeiou])mp(?=[aeiou])/g, "mb")
      : token;
  let out = "";
  let last = "";
  const emit = (piece: string) => {
    for (let k = 0; k < piece.length; k++) {
      const ch = piece[k];
      if (ch !== last) out += ch; // doubled letters count once
      last = ch;
    }
  };
  for (let i = 0; i < word.length;) {
    let matched = false;
    const digraphs = BY_FIRST.get(word[i]);
    if (digraphs)
      for (const [spelling, replacement] of digraphs) {
        if (word.startsWith(spelling, i)) {
          emit(replacement);
          i += spelling.length;
          matched = true;
          break;
        }
      }
    if (matched) continue;
    const ch = word[i];
    if (ch === "c") {
      const next = word[i + 1];
      emit(next === "e" || next === "i" || next === "y" ? "s" : "k");
    } else emit(SINGLE[ch] ?? ch);
    i++;
  }
  // a final -ei/-ey/-ej is one vowel (Sergei/Sergey/Sergej); initial Ye-/Je-/Ie- is E- (Yevgeny/Evgeny)
  if (out.endsWith("ei")) out = out.slice(0, -2) + "i";
  if (out.startsWith("ie") && out.length > 3) out = out.slice(1);
  // ё written yo/io/e after a consonant (Aksyonov/Aksenov, Tsaryov/Tsarev), ye/ie after a consonant
  out = out.replace(/([^aeiou])i[oe]/g, "$1e");
  // е after a vowel written ye/ie or e (Skabeyeva/Skabeeva)
  out = out.replace(/([aeiou])ie/g, "$1e").replace(/ee/g, "i");
  if (memo.size > 200_000) memo.clear();
  memo.set(token, out);
  return out;
}

/** Consonant skeleton of a phonetic key (vowels dropped), used for vowel-only transliteration variants. */
const skeletons = new Map<string, string>();
export function consonantSkeleton(key: string): string {
  let skeleton = skeletons.get(key);
  if (skeleton === undefined) {
    skeleton = key.replace(/[aeiou]/g, "").replace(/(.)\1+/g, "$1");
    if (skeletons.size > 100_000) skeletons.clear();
    skeletons.set(key, skeleton);
  }
  return skeleton;
}

// Cyrillic → Latin romanisation in the systems found on sanctions lists and in the press:
// BGN/PCGN (the OFAC/UN house style), ISO 9 (scholarly, with diacritics), GOST 7.79-B (ASCII) and
// ICAO 9303 (Russian passports since 2013). Matching uses BGN as the canonical form and lets the
// phonetic key absorb the differences; the other systems feed alias generation and explanations.

export type CyrillicSystem = "bgn" | "iso9" | "gost" | "icao";

const VOWELS = new Set("аеёиоуыэюяіїєӕәөүұ");

// letter → [bgn, iso9, gost, icao]
const TABLE: Record<string, [string, string, string, string]> = {
  а: ["a", "a", "a", "a"],
  б: ["b", "b", "b", "b"],
  в: ["v", "v", "v", "v"],
  г: ["g", "g", "g", "g"],
  д: ["d", "d", "d", "d"],
  е: ["e", "e", "e", "e"],
  ё: ["yo", "ë", "yo", "e"],
  ж: ["zh", "ž", "zh", "zh"],
  з: ["z", "z", "z", "z"],
  и: ["i", "i", "i", "i"],
  й: ["y", "j", "j", "i"],
  к: ["k", "k", "k", "k"],
  л: ["l", "l", "l", "l"],
  м: ["m", "m", "m", "m"],
  н: ["n", "n", "n", "n"],
  о: ["o", "o", "o", "o"],
  п: ["p", "p", "p", "p"],
  р: ["r", "r", "r", "r"],
  с: ["s", "s", "s", "s"],
  т: ["t", "t", "t", "t"],
  у: ["u", "u", "u", "u"],
  ф: ["f", "f", "f", "f"],
  х: ["kh", "h", "x", "kh"],
  ц: ["ts", "c", "cz", "ts"],
  ч: ["ch", "č", "ch", "ch"],
  ш: ["sh", "š", "sh", "sh"],
  щ: ["shch", "ŝ", "shh", "shch"],
  ъ: ["", "ʺ", "", "ie"],
  ы: ["y", "y", "y", "y"],
  ь: ["", "ʹ", "", ""],
  э: ["e", "è", "e", "e"],
  ю: ["yu", "û", "yu", "iu"],
  я: ["ya", "â", "ya", "ia"],
  // Ukrainian, Belarusian, Serbian/Macedonian, Kazakh, Mongolian letters
  і: ["i", "ì", "i", "i"],
  ї: ["yi", "ï", "yi", "i"],
  є: ["ye", "ê", "ye", "ie"],
  ґ: ["g", "g̀", "g", "g"],
  ў: ["w", "ŭ", "u", "u"],
  ђ: ["dj", "đ", "dj", "d"],
  ј: ["j", "ǰ", "j", "j"],
  љ: ["lj", "l̂", "lj", "lj"],
  њ: ["nj", "n̂", "nj", "nj"],
  ћ: ["c", "ć", "c", "c"],
  џ: ["dz", "d̂", "dz", "dz"],
  ѓ: ["gj", "ǵ", "gj", "g"],
  ќ: ["kj", "ḱ", "kj", "k"],
  ѕ: ["dz", "ẑ", "dz", "dz"],
  ә: ["a", "a̋", "a", "a"],
  ғ: ["gh", "ġ", "g", "g"],
  қ: ["q", "ķ", "q", "k"],
  ң: ["ng", "ṇ", "ng", "n"],
  ө: ["o", "ô", "o", "o"],
  ұ: ["u", "ū", "u", "u"],
  ү: ["u", "ù", "u", "u"],
  һ: ["h", "ḥ", "h", "h"],
};

const SYSTEM_INDEX: Record<CyrillicSystem, number> = { bgn: 0, iso9: 1, gost: 2, icao: 3 };

export const CYRILLIC_RE = /[\u0400-\u04FF]/;

/** Romanise Cyrillic letters in `text` (other characters pass through), keeping capitalisation. */
export function romanizeCyrillic(text: string, system: CyrillicSystem = "bgn"): string {
  const idx = SYSTEM_INDEX[system];
  const ukrainian = /[іїєґ]/i.test(text);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    const row = TABLE[lower];
    if (!row) {
      out += ch;
      continue;
    }
    let latin = row[idx];
    const prev = i > 0 ? text[i - 1].toLowerCase() : "";
    const wordStart = !prev || !/[\p{L}]/u.test(prev);
    if (ukrainian) {
      // Ukrainian: г is h, и is y (Володимир → Volodymyr)
      if (lower === "г") latin = "h";
      else if (lower === "и") latin = "y";
    }
    // BGN/PCGN writes е as ye at the start of a word and after vowels or signs (Евгений → Yevgeniy)
    if (
      system === "bgn" &&
      lower === "е" &&
      (wordStart || VOWELS.has(prev) || prev === "ь" || prev === "ъ")
    ) {
      latin = "ye";
    }
    if (ch !== lower && latin) {
      const next = i + 1 < text.length ? text[i + 1] : "";
      const wordIsUpper = next !== "" && next !== next.toLowerCase();
      latin = wordIsUpper ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}

/** The distinct romanisations of `text` across the supported systems, canonical (BGN) first. */
export function cyrillicVariants(text: string): string[] {
  const out = new Set<string>();
  for (const system of ["bgn", "icao", "gost", "iso9"] as CyrillicSystem[])
    out.add(romanizeCyrillic(text, system));
  return [...out];
}

// Korean names written in Cyrillic follow the Kontsevich system (Ким Чен Ын, Пак Пон Чжу, Чхве Рён Хэ);
// read back to Korean romanisation so they meet their Latin spellings on the Korean syllable key.
const KOREAN_CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "w",
  г: "g",
  д: "d",
  е: "e",
  ё: "yeo",
  ж: "j",
  з: "j",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "p",
  х: "h",
  ц: "ch",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ы: "eu",
  ь: "",
  э: "ae",
  ю: "yu",
  я: "ya",
};

const KOREAN_SURNAMES_CYRILLIC = new Set(
  (
    "ким пак ли ри и чхве цой чвэ кан ко квон сон син шин чон чжон хан ю ан о хон пэк мун чан ян чо чу " +
    "юн хо нам рим лим им со сим но ха пён ку кон хён сок мин тхэ ток чи чхон рю ю ым ын кым ге хам"
  ).split(" "),
);

/** True when a Cyrillic name reads as a Korean name (Korean surname, short syllable-sized words). */
export function isKoreanCyrillic(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^[\u0400-\u04FF-]+$/.test(w) && w.split("-").every((p) => p.length <= 5)))
    return false;
  return KOREAN_SURNAMES_CYRILLIC.has(words[0]) || KOREAN_SURNAMES_CYRILLIC.has(words[words.length - 1]);
}

/** Romanise a Korean name written in Cyrillic (Kontsevich) into McCune–Reischauer-like Latin. */
export function romanizeKoreanCyrillic(text: string): string {
  const lower = text
    .toLowerCase()
    .replace(/чх/g, "ch")
    .replace(/кх/g, "k")
    .replace(/тх/g, "t")
    .replace(/пх/g, "p")
    .replace(/ый/g, "ui")
    .replace(/чж/g, "j")
    // press spelling Чен/Чжен for 정: е after an affricate stands for ŏ
    .replace(/([чжцj])е/g, "$1ŏ");
  let out = "";
  for (const ch of lower) out += ch === "ŏ" ? "eo" : (KOREAN_CYRILLIC[ch] ?? ch);
  return out;
}

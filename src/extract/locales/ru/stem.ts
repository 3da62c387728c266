// A crude Russian stemmer: strips one inflectional ending so that the cases of a name or noun
// meet ("Курской области" ~ "Курская область", "Мацегоры" ~ "Мацегора"). Enough to compare
// names, not a morphological analyser.
const ENDINGS = [
  "ыми",
  "ими",
  "ого",
  "его",
  "ому",
  "ему",
  "ая",
  "яя",
  "ую",
  "юю",
  "ые",
  "ие",
  "ых",
  "их",
  "ым",
  "им",
  "ой",
  "ое",
  "ее",
  "ей",
  "ий",
  "ый",
  "ом",
  "ем",
  "ам",
  "ям",
  "ах",
  "ях",
  "ов",
  "ев",
  "ью",
  "а",
  "я",
  "у",
  "ю",
  "ы",
  "и",
  "е",
  "о",
  "ь",
  "й",
];

export function stemRu(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, "е");
  for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  return w;
}

/** Two stems of one word: equal, or one a prefix of the other by at most two letters ("управлен" ~ "управлени"). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.length - s.length <= 2 && l.startsWith(s);
}

export interface Token {
  text: string;
  stem: string;
  start: number;
  end: number;
}

export function tokensRu(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu))
    out.push({ text: m[0], stem: stemRu(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

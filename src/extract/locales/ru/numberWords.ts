// Russian number words in every case: "пять тысяч", "пяти тысяч", "одну тысячу", "полторы
// тысячи", "двадцать пять", "трех миллионов". Values of the words, and a reader for a run of them.
const FORMS: [number, string][] = [
  [1, "один одна одно одного одной одну одним одном"],
  [2, "два две двух двум двумя"],
  [3, "три трех трёх трем трём тремя"],
  [4, "четыре четырех четырёх четырем четырём четырьмя"],
  [5, "пять пяти пятью"],
  [6, "шесть шести шестью"],
  [7, "семь семи семью"],
  [8, "восемь восьми восемью"],
  [9, "девять девяти девятью"],
  [10, "десять десяти десятью"],
  [11, "одиннадцать одиннадцати"],
  [12, "двенадцать двенадцати"],
  [13, "тринадцать тринадцати"],
  [14, "четырнадцать четырнадцати"],
  [15, "пятнадцать пятнадцати"],
  [16, "шестнадцать шестнадцати"],
  [17, "семнадцать семнадцати"],
  [18, "восемнадцать восемнадцати"],
  [19, "девятнадцать девятнадцати"],
  [20, "двадцать двадцати двадцатью"],
  [30, "тридцать тридцати тридцатью"],
  [40, "сорок сорока"],
  [50, "пятьдесят пятидесяти пятьюдесятью"],
  [60, "шестьдесят шестидесяти шестьюдесятью"],
  [70, "семьдесят семидесяти семьюдесятью"],
  [80, "восемьдесят восьмидесяти восемьюдесятью"],
  [90, "девяносто девяноста"],
  [100, "сто ста"],
  [200, "двести двухсот двумстам двумястами двухстах"],
  [300, "триста трехсот трёхсот тремстам"],
  [400, "четыреста четырехсот четырёхсот"],
  [500, "пятьсот пятисот"],
  [600, "шестьсот шестисот"],
  [700, "семьсот семисот"],
  [800, "восемьсот восьмисот"],
  [900, "девятьсот девятисот"],
  [1.5, "полтора полторы полутора"],
];

export const WORD_VALUE = new Map<string, number>();
for (const [v, forms] of FORMS) for (const f of forms.split(" ")) WORD_VALUE.set(f, v);

/** Scale words and abbreviations; `singular` forms stand for one of the scale on their own. */
export const SCALE_SOURCE =
  "тыс\\.?|тысяч[аиуеь]?|тысячей|тысячам|тысячами|тысячах|млн\\.?|миллион(?:а|у|ом|е|ов|ам|ами|ах)?|млрд\\.?|миллиард(?:а|у|ом|е|ов|ам|ами|ах)?";

export function scaleValue(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith("тыс")) return 1e3;
  if (w.startsWith("мл") && w.startsWith("млрд")) return 1e9;
  if (w.startsWith("млн") || w.startsWith("миллион")) return 1e6;
  if (w.startsWith("миллиард")) return 1e9;
  return 1;
}

/** Scale words that name exactly one thousand/million on their own ("тысячу", "миллион"). */
export const SINGULAR_SCALE = /^(?:тысяча|тысячу|тысячей|миллион|миллионом|миллиард)$/i;

export const NUMBER_WORD_SOURCE = [...WORD_VALUE.keys()].sort((a, b) => b.length - a.length).join("|");

/** Sum of a run of number words ("двадцать пять" → 25); null if a word is not a number. */
export function wordsValue(run: string): number | null {
  let total = 0;
  for (const w of run.toLowerCase().split(/\s+/).filter(Boolean)) {
    const v = WORD_VALUE.get(w);
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

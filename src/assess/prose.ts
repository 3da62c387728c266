// Amounts in words a reader can quote: "about 10 million rounds of munitions", "$250 million a
// year", "up to 90 percent", "about 11,000 North Korean troops". The unit is written once.
import type { Qualifier } from "../types.ts";

const HEDGE: Record<Qualifier, string> = {
  exact: "",
  approx: "about ",
  more_than: "more than ",
  at_least: "at least ",
  up_to: "up to ",
  range: "",
};

/** 10000000 → "10 million", 6500000 → "6.5 million", 11490 → "11,490". */
export function bigNumber(n: number): string {
  const scaled = (div: number, word: string) => {
    const v = n / div;
    const text = Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
    return `${text} ${word}`;
  };
  if (n >= 1e9 && (n / 1e9) * 100 === Math.round((n / 1e9) * 100)) return scaled(1e9, "billion");
  if (n >= 1e6 && (n / 1e6) * 100 === Math.round((n / 1e6) * 100)) return scaled(1e6, "million");
  return n.toLocaleString("en-US");
}

function numberRange(quantity: number | [number, number]): string {
  if (!Array.isArray(quantity) || quantity[0] === quantity[1]) {
    return bigNumber(Array.isArray(quantity) ? quantity[0] : quantity);
  }
  const [a, b] = quantity.map(bigNumber);
  // "250 million–600 million" reads as "250–600 million".
  const shared = a.match(/ (million|billion)$/)?.[1];
  return shared && b.endsWith(` ${shared}`) ? `${a.replace(` ${shared}`, "")}–${b}` : `${a}–${b}`;
}

const PER: Record<string, string> = { month: "a month", year: "a year", day: "a day", week: "a week" };

/**
 * The amount with its hedge and unit. `noun` names what is counted when the unit is persons or
 * the same word as the subject ("North Korean troops", "containers"); for units of a material
 * ("rounds") the subject follows with "of" ("rounds of munitions").
 */
export function amountPhrase(
  quantity: number | [number, number],
  qualifier: Qualifier,
  unit: string,
  noun = "",
): string {
  const hedge = HEDGE[qualifier];
  const num = numberRange(quantity);
  const money = unit.match(/^(USD|EUR|RUB|KRW|CNY)(?:\/(\w+))?$/);
  if (money) {
    const sign = money[1] === "USD" ? "$" : "";
    const per = money[2] ? ` ${PER[money[2]] ?? `per ${money[2]}`}` : "";
    return `${hedge}${sign}${num}${sign ? "" : ` ${money[1]}`}${per}`;
  }
  if (unit === "percent") return `${hedge}${num} percent`;
  const nounWords = noun.trim();
  if (!unit || unit === "persons") return `${hedge}${num}${nounWords ? ` ${nounWords}` : ""}`;
  const unitWord = unit.replace(/_/g, " ");
  if (!nounWords || sameWord(unitWord, nounWords)) return `${hedge}${num} ${unitWord}`;
  // "visas" + "visas for North Korean nationals" → "13,000 visas for North Korean nationals".
  if (startsWithWord(nounWords, unitWord)) return `${hedge}${num} ${nounWords}`;
  return `${hedge}${num} ${unitWord} of ${nounWords}`;
}

function sameWord(a: string, b: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/s$/, "");
  return stem(a) === stem(b) || stem(b).endsWith(` ${stem(a)}`);
}

function startsWithWord(text: string, word: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/s$/, "");
  return stem(text.split(/\s+/)[0] ?? "") === stem(word);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

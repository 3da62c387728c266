// Korean numerals: digits with the myriad units ("1만 2천", "1만2000", "6천700", "600여만",
// "5억", "1000만"), read as one value. "수천", "수십만" (several thousand) are not numerals and are
// never matched, since a numeral here starts with a digit.
export const NUMERAL_SOURCE =
  "\\d[\\d,]*(?:\\.\\d+)?(?:\\s?여)?(?:\\s?(?:억|만|천|백)(?:\\s?여)?(?:\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?여)?)?)*";

const UNIT: Record<string, number> = { 백: 100, 천: 1000, 만: 1e4, 억: 1e8 };

/** Value of a numeral ("1만 1천" → 11000), and whether it carried the approximating 여. */
export function numeralValue(s: string): { value: number; approx: boolean } {
  let total = 0;
  let section = 0;
  for (const m of s.replace(/여/g, " ").matchAll(/(\d[\d,]*(?:\.\d+)?)?\s?(억|만|천|백)?/g)) {
    if (!m[0].trim()) continue;
    const n = m[1] ? Number(m[1].replace(/,/g, "")) : 0;
    const u = m[2];
    if (u === "억" || u === "만") {
      // "1천만": the unit multiplies everything before it
      total += (section + n || 1) * UNIT[u];
      section = 0;
    } else if (u) section += (n || 1) * UNIT[u];
    else section += n;
  }
  return { value: Math.round((total + section) * 1000) / 1000, approx: /여/.test(s) };
}

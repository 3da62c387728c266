// Country values as ISO 3166 alpha-2 codes, so that "KP", "North Korea", "Korea, North" and
// "Democratic People's Republic of Korea" compare equal. English names come from the ICU data Node
// ships (Intl.DisplayNames); the lists' official long forms are added by hand.
const OFFICIAL: Record<string, string> = {
  "democratic peoples republic of korea": "KP",
  dprk: "KP",
  "korea north": "KP",
  "republic of korea": "KR",
  "korea south": "KR",
  "russian federation": "RU",
  "syrian arab republic": "SY",
  "united states of america": "US",
  usa: "US",
  uk: "GB",
  "viet nam": "VN",
  "lao peoples democratic republic": "LA",
  burma: "MM",
  "iran islamic republic of": "IR",
  "venezuela bolivarian republic of": "VE",
  "bolivia plurinational state of": "BO",
  "republic of moldova": "MD",
  "united republic of tanzania": "TZ",
  "democratic republic of the congo": "CD",
  "congo democratic republic of the": "CD",
  turkiye: "TR",
  "hong kong sar": "HK",
  macau: "MO",
  "west bank": "PS",
  gaza: "PS",
  "palestinian territories": "PS",
  "state of palestine": "PS",
  "ivory coast": "CI",
};

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

// withdrawn or special codes whose English names shadow current countries (DD "Germany")
const SKIP = new Set("DD FX SU YU CS ZR TP BU NT QO QU ZZ EU EZ UN XA XB AN".split(" "));

let table: Map<string, string> | undefined;
function names(): Map<string, string> {
  if (table) return table;
  table = new Map(Object.entries(OFFICIAL));
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (SKIP.has(code)) continue;
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      if (!name) continue;
      table.set(code.toLowerCase(), code);
      if (!table.has(fold(name))) table.set(fold(name), code);
    }
  return table;
}

/** The ISO alpha-2 code of a country value, or undefined when it is not recognised. */
export function countryCode(value: string): string | undefined {
  const t = names();
  const folded = fold(value);
  if (!folded) return undefined;
  const direct = t.get(folded);
  if (direct) return direct;
  // "Korea, North" / "Iran (Islamic Republic of)": the part before a comma or parenthesis
  const head = fold(value.split(/[,(]/)[0]);
  const inverted = value.includes(",") ? fold(value.split(",").reverse().join(" ")) : "";
  return (inverted && t.get(inverted)) || t.get(head) || undefined;
}

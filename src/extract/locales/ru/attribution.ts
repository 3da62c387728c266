// Russian attribution frames: "по данным X", "по словам X", "со ссылкой на X", "как сообщил X",
// "X заявил", "заявил X", "сообщает X", "в X утверждают". X resolves through the gazetteer to its
// English canonical name; an unknown person ("Имя Фамилия") is romanised. Pronoun frames ("по его
// словам", "— сказал он") are marked so the refiner can carry the last named source forward.
import { romanizeCyrillic } from "../../../resolve/names/index.ts";
import { gazetteerEntries, type GazetteerEntry } from "../common/gazetteer.ts";
import { findEntitiesRu, type Mention } from "./entities.ts";
import { tokensRu } from "./stem.ts";

export interface SourceFrame {
  /** Canonical English name, or null for a pronoun ("он", "его") to be resolved from context. */
  source: string | null;
  type: "person" | "agency" | "outlet" | "organization" | "pronoun" | "mention";
  start: number;
}

const VERB =
  "(?:заяв|сообщ|сказа|отмет|уточн|подчеркн|рассказа|утвержда|пиш|пиш[еу]т|счита|оценива|оцени|призна|добав|говор|указа|написа|информир|передал|цитиру|привод)\\p{L}*";
const AFTER_FRAMES = [
  new RegExp(
    `по\\s+(?:данным|информации|оценкам?|сведениям|словам|мнению|подсч[её]там|утверждению|заявлению|сообщению)\\s+`,
    "giu",
  ),
  /со\s+ссылкой\s+на\s+/giu,
  new RegExp(`(?<![\\p{L}])${VERB}\\s+`, "giu"),
];
const BEFORE_VERB = new RegExp(`^\\s*(?:[\\p{L}\\d-]+\\s+){0,6}?${VERB}`, "iu");
const PRONOUN =
  /(?:по\s+(?:его|ее|её|их)\s+(?:словам|данным|оценкам|мнению)|(?:сказал|заявил|отметил|уточнил|добавил|подчеркнул|указал)[аи]?\s+(?:он|она|они)(?![\p{L}])|(?<![\p{L}])(?:он|она|они)\s+(?:также\s+)?(?:заявил|сообщил|сказал|отметил|уточнил|добавил|подчеркнул|указал))/iu;
const SOURCE_TYPES = ["person", "agency", "outlet", "organization"] as const;
// An unknown person closes the appositive: "вице-губернатор края Олег Лебедев", "Иван Петров".
const NAME = /(?:^|\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*$/u;

/** Mentions of people by surname alone ("Шин также сообщил") after the document named them in full. */
let knownSurnames: Map<string, GazetteerEntry> | null = null;
/** The last word of every Cyrillic alias of a gazetteer person ("Зеленский", "Мацегора"). */
function gazetteerSurnames(): Map<string, GazetteerEntry> {
  if (!knownSurnames) {
    knownSurnames = new Map();
    for (const e of gazetteerEntries())
      if (e.type === "person")
        for (const a of e.aliases ?? []) {
          const last = tokensRu(a).pop();
          if (
            last &&
            /[\u0400-\u04ff]/.test(last.text) &&
            last.text.length >= 4 &&
            !knownSurnames.has(last.stem)
          )
            knownSurnames.set(last.stem, e);
        }
  }
  return knownSurnames;
}

function surnameMentions(sentence: string, doc: string | undefined): Mention[] {
  const short = new Map<string, GazetteerEntry>(gazetteerSurnames());
  if (!doc) return [];
  for (const m of findEntitiesRu(doc, ["person"]))
    for (const a of m.entry.aliases ?? [])
      for (const t of tokensRu(a))
        if (/^\p{Lu}/u.test(t.text) && t.text.length >= 3) short.set(t.stem, m.entry);
  return tokensRu(sentence)
    .filter((t) => /^\p{Lu}/u.test(t.text) && short.has(t.stem))
    .map((t) => ({ entry: short.get(t.stem)!, start: t.start, end: t.end }));
}

/** Descriptions that name a source without a proper name. */
const GENERIC: [RegExp, string, SourceFrame["type"]][] = [
  [/западн\p{L}*\s+(?:спецслужб|разведк)\p{L}*/iu, "Western intelligence services", "agency"],
  [
    /региональн\p{L}*\s+власт\p{L}*|власт\p{L}*\s+(?:края|региона|области)/iu,
    "regional authorities",
    "agency",
  ],
  [/американск\p{L}*\s+разведк\p{L}*|разведк\p{L}*\s+США/iu, "US intelligence", "agency"],
];

export function findSourcesRu(sentence: string, doc?: string): SourceFrame[] {
  const out: SourceFrame[] = [];
  const named = findEntitiesRu(sentence, SOURCE_TYPES);
  const entities = [
    ...named,
    ...surnameMentions(sentence, doc).filter((s) => !named.some((n) => s.start < n.end && s.end > n.start)),
  ];
  for (const re of AFTER_FRAMES) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const from = m.index + m[0].length;
      const window = sentence.slice(from, from + 120).split(/[.;:!?()«»"]|\s[—–]\s/)[0];
      const inside = entities.filter((e) => e.start >= from && e.start < from + window.length);
      for (const e of inside)
        out.push({ source: e.entry.name, type: e.entry.type as SourceFrame["type"], start: e.start });
      const generic = GENERIC.find(([re]) => re.test(window.split(",")[0]));
      if (generic) out.push({ source: generic[1], type: generic[2], start: from });
      else if (!inside.length) {
        const name = NAME.exec(window.trimEnd());
        if (name) out.push({ source: romanizeCyrillic(name[1]), type: "person", start: from });
      }
    }
  }
  // "X заявил": an entity, then at most one word, then a speech verb
  for (const e of entities)
    if (e.entry.type === "organization" && e.entry.country === "KP") continue;
    else if (BEFORE_VERB.test(sentence.slice(e.end, e.end + 40)))
      out.push({ source: e.entry.name, type: e.entry.type as SourceFrame["type"], start: e.start });
  // "В южнокорейской разведке утверждают", "по данным разведки Южной Кореи" resolve via aliases above
  for (const e of entities)
    if (e.entry.type === "person") out.push({ source: e.entry.name, type: "mention", start: e.start });
  const p = PRONOUN.exec(sentence);
  if (p) out.push({ source: null, type: "pronoun", start: p.index });
  return out;
}

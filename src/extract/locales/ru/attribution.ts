// Russian attribution frames: "по данным X", "по словам X", "со ссылкой на X", "как сообщил X",
// "X заявил", "заявил X", "сообщает X", "в X утверждают". X resolves through the gazetteer to its
// English canonical name; an unknown person ("Имя Фамилия") is romanised. Pronoun frames ("по его
// словам", "— сказал он") are marked so the refiner can carry the last named source forward.
import { romanizeCyrillic } from "../../../resolve/names/index.ts";
import { findEntitiesRu } from "./entities.ts";

export interface SourceFrame {
  /** Canonical English name, or null for a pronoun ("он", "его") to be resolved from context. */
  source: string | null;
  type: "person" | "agency" | "outlet" | "organization" | "pronoun";
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
const NAME = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/u;

export function findSourcesRu(sentence: string): SourceFrame[] {
  const out: SourceFrame[] = [];
  const entities = findEntitiesRu(sentence, SOURCE_TYPES);
  for (const re of AFTER_FRAMES) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const from = m.index + m[0].length;
      const window = sentence.slice(from, from + 70).split(/[,.;:!?()«»"]|\s[—–]\s/)[0];
      const inside = entities.filter((e) => e.start >= from && e.start < from + window.length);
      for (const e of inside)
        out.push({ source: e.entry.name, type: e.entry.type as SourceFrame["type"], start: e.start });
      if (!inside.length) {
        const name = NAME.exec(window);
        if (name) out.push({ source: romanizeCyrillic(name[0]), type: "person", start: from });
      }
    }
  }
  // "X заявил": an entity, then at most one word, then a speech verb
  for (const e of entities)
    if (BEFORE_VERB.test(sentence.slice(e.end, e.end + 40)))
      out.push({ source: e.entry.name, type: e.entry.type as SourceFrame["type"], start: e.start });
  // "В южнокорейской разведке утверждают", "по данным разведки Южной Кореи" resolve via aliases above
  const p = PRONOUN.exec(sentence);
  if (p) out.push({ source: null, type: "pronoun", start: p.index });
  return out;
}

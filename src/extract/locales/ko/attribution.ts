// Korean attribution: gazetteer sources named in a sentence that reports speech or findings
// ("X에 따르면", "X는 … 밝혔다/전했다/보도했다/추산했다"); a person over an agency over an outlet;
// "소식통" of a named outlet → "<outlet> sources"; 정보 당국 → South Korean intelligence authorities.
import type { Frame } from "../common/attachAttribution.ts";
import { findEntitiesKo } from "./entities.ts";

const SPEECH =
  /따르면|밝혔|밝힌|말했|말한|전했|보도했|보도|발표|주장|설명|분석|추산|추정|알려졌|보고|언급|했다|한다|강조|지적|확인|평가|라며|라고/u;

export function findSourcesKo(sentence: string): Frame[] {
  if (!SPEECH.test(sentence)) return [];
  const out: Frame[] = [];
  for (const e of findEntitiesKo(sentence, ["person", "agency", "outlet", "organization"])) {
    if (e.entry.type === "organization" && e.entry.country === "KP") continue; // a DPRK unit is the subject, not a source
    const type = e.entry.type as Frame["type"];
    const sources = type === "outlet" && /^\s?(?:북한\s?)?(?:내부\s?)?소식통/u.test(sentence.slice(e.end));
    const name = sources
      ? `${e.entry.name} sources`
      : e.entry.name === "National Intelligence Service"
        ? "National Intelligence Service (NIS)"
        : e.entry.name;
    out.push({ source: name, type: sources ? "agency" : type, start: e.start });
  }
  const generic = /정보\s?당국/u.exec(sentence);
  if (generic && !out.length)
    out.push({ source: "South Korean intelligence authorities", type: "agency", start: generic.index });
  // hearsay without a name ("…것으로 알려졌다"): the source named earlier in the article
  if (!out.length && /알려졌|전해졌|전해진|알려진/u.test(sentence))
    out.push({ source: null, type: "pronoun", start: 0 });
  return out;
}

// Russian mentions of gazetteer entities, in any case: the alias and the text are compared word by
// word on their stems ("в Курской области" finds Kursk Oblast, "по словам Мацегоры" Alexander
// Matsegora). A one-word alias must be capitalised in the text ("Дунай", not "дунай").
import { gazetteerEntries, isCyrillic, type GazetteerEntry } from "../common/gazetteer.ts";
import { sameStem, tokensRu } from "./stem.ts";

export interface Mention {
  entry: GazetteerEntry;
  start: number;
  end: number;
}

interface Alias {
  stems: string[];
  entry: GazetteerEntry;
}

let aliases: Alias[] | null = null;
function ruAliases(): Alias[] {
  if (!aliases) {
    aliases = [];
    for (const entry of gazetteerEntries())
      for (const a of [entry.name, ...(entry.aliases ?? [])])
        // Latin names too: Russian copy writes "NK Pro", "Times", "Lady R" as they are
        if (isCyrillic(a) || /^[A-Z0-9]/.test(a))
          aliases.push({ stems: tokensRu(a).map((t) => t.stem), entry });
    aliases.sort((x, y) => y.stems.length - x.stems.length);
  }
  return aliases;
}

/** Gazetteer entities named in a Russian text, longest alias first, without overlaps. */
export function findEntitiesRu(text: string, types?: readonly GazetteerEntry["type"][]): Mention[] {
  const toks = tokensRu(text);
  const taken = new Array<boolean>(toks.length).fill(false);
  const out: Mention[] = [];
  for (const a of ruAliases()) {
    if (types && !types.includes(a.entry.type)) continue;
    const n = a.stems.length;
    if (!n) continue;
    for (let i = 0; i + n <= toks.length; i++) {
      if (taken.slice(i, i + n).some(Boolean)) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = sameStem(toks[i + k].stem, a.stems[k]);
      if (!ok) continue;
      if (n === 1 && !/^\p{Lu}/u.test(toks[i].text)) continue;
      for (let k = 0; k < n; k++) taken[i + k] = true;
      out.push({ entry: a.entry, start: toks[i].start, end: toks[i + n - 1].end });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

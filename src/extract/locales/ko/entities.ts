// Korean mentions of gazetteer entities: Hangul aliases found as substrings, since particles and
// suffixes attach to the name ("쿠르스크에", "쿠르스크지역", "국정원은"). Longest alias first.
import { gazetteerEntries, isHangul, type GazetteerEntry } from "../common/gazetteer.ts";

export interface Mention {
  entry: GazetteerEntry;
  start: number;
  end: number;
}

let aliases: { alias: string; entry: GazetteerEntry }[] | null = null;
function koAliases() {
  if (!aliases) {
    aliases = [];
    for (const entry of gazetteerEntries())
      for (const a of entry.aliases ?? [])
        if (isHangul(a) && a.replace(/\s/g, "").length >= 2) aliases.push({ alias: a, entry });
    aliases.sort((x, y) => y.alias.length - x.alias.length);
  }
  return aliases;
}

export function findEntitiesKo(text: string, types?: readonly GazetteerEntry["type"][]): Mention[] {
  const out: Mention[] = [];
  for (const { alias, entry } of koAliases()) {
    if (types && !types.includes(entry.type)) continue;
    let from = 0;
    for (let i = text.indexOf(alias, from); i >= 0; i = text.indexOf(alias, from)) {
      from = i + alias.length;
      // a Hangul syllable just before a short alias means it is inside another word
      if (i > 0 && isHangul(text[i - 1]) && alias.length <= 3) continue;
      if (out.some((o) => i < o.end && from > o.start)) continue;
      out.push({ entry, start: i, end: from });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

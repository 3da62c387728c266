// Search across scripts: a query that names a gazetteer entity ("Shoigu", "Alabuga") is widened
// to every spelling the gazetteer knows for it ("Шойгу", "쇼이구", "Алабуга"), so a Russian or
// Korean document is found by the English name and the other way round. Cyrillic and Hangul
// spellings become prefixes, since the words carry case endings and particles ("Алабуге",
// "쇼이구는"). A query that names no entity is left as typed.
import type { Entity } from "../../types.ts";
import { loadGazetteer } from "../entities/gazetteer.ts";

const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();

// Russian inflection: the last one or two letters of a Cyrillic word vary ("Алабуга" → "Алабуг").
function cyrillicStem(word: string): string {
  const w = fold(word);
  const cut = w.replace(/(?:ая|ой|ий|ый|ое|ие|ые|ом|ам|ах|ов|ев|а|я|у|ю|ы|и|е|о|ь|й)$/u, "");
  return cut.length >= 3 ? cut : w;
}

function spelling(alias: string): string | null {
  const words = alias.split(/\s+/).filter(Boolean);
  if (words.length > 1) return `"${alias.replace(/"/g, "")}"`;
  const w = words[0];
  if (!w || !/^[\p{L}\p{N}-]+$/u.test(w)) return null;
  if (/[\u0400-\u04ff]/.test(w)) return `${cyrillicStem(w)}*`;
  if (/[\uac00-\ud7a3]/.test(w)) return `${w}*`;
  return w;
}

let cached: Entity[] | null = null;

/** The query, or an OR of every spelling of the entity it names. */
export function expandSearchQuery(q: string, entities?: Entity[]): string {
  const key = fold(q.replace(/"/g, ""));
  if (!key || / OR /.test(q)) return q;
  const all = entities ?? (cached ??= loadGazetteer());
  const hit = all.find((e) => [e.name, ...e.aliases].some((a) => fold(a) === key));
  if (!hit) return q;
  const parts = new Set<string>([q.trim()]);
  for (const a of [hit.name, ...hit.aliases]) {
    const s = spelling(a);
    if (s) parts.add(s);
  }
  return [...parts].join(" OR ");
}

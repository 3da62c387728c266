// The gazetteer (data/gazetteer/*.json) as the locales see it: every entity with its Cyrillic and
// Hangul aliases, so a Russian or Korean mention resolves to the same canonical English name the
// English extractor uses. Read once; a missing file is an error (the data ship with the code).
import { readFileSync } from "node:fs";

export interface GazetteerEntry {
  type: "person" | "organization" | "site" | "place" | "agency" | "outlet";
  name: string;
  country?: string;
  aliases?: string[];
}

const FILES = ["people", "agencies", "outlets", "organizations", "places", "sites"] as const;

let cache: GazetteerEntry[] | null = null;

export function gazetteerEntries(): GazetteerEntry[] {
  if (!cache) {
    cache = [];
    for (const f of FILES) {
      const raw: unknown = JSON.parse(
        readFileSync(new URL(`../../../../data/gazetteer/${f}.json`, import.meta.url), "utf8"),
      );
      if (!Array.isArray(raw)) throw new Error(`data/gazetteer/${f}.json: not an array`);
      cache.push(...(raw as GazetteerEntry[]));
    }
  }
  return cache;
}

export const isCyrillic = (s: string) => /[\u0400-\u04ff]/.test(s);
export const isHangul = (s: string) => /[\uac00-\ud7a3]/.test(s);

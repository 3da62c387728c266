// The gazetteer (data/gazetteer/*.json) as the locales see it: every entity with its Cyrillic and
// Hangul aliases, so a Russian or Korean mention resolves to the same canonical English name the
// English extractor uses. Loaded with the rest of the reference data; a missing file is an error.
import { defaultReference, type Reference } from "../../../reference/index.ts";

export interface GazetteerEntry {
  type: "person" | "organization" | "site" | "place" | "agency" | "outlet";
  name: string;
  country?: string;
  aliases?: string[];
}

/** The entity seeds of the reference data (data/gazetteer/*.json, loaded and checked by src/reference/). */
export function gazetteerEntries(reference: Reference = defaultReference()): readonly GazetteerEntry[] {
  return reference.entities as readonly GazetteerEntry[];
}

export const isCyrillic = (s: string) => /[\u0400-\u04ff]/.test(s);
export const isHangul = (s: string) => /[\uac00-\ud7a3]/.test(s);

// Source names → origin ids, and the default reliability of each origin, from
// data/reliability/sources.json (loaded by src/reference/). "NIS", "National Intelligence Service" and "South Korea's spy
// agency" are one origin; an unknown name becomes its own origin graded F (cannot be judged).
import { defaultReference } from "../reference/index.ts";
import type { Entity, ReliabilityOverrides } from "../types.ts";
import { loadRegistry } from "../resolve/entities/registry.ts";
import type { Reliability } from "./types.ts";

export interface SourceEntry {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /** Optional per-entry grade; otherwise the kind's grade. */
  grade?: Reliability;
  reason?: string;
}

export interface SourceTable {
  kinds: Record<string, { grade: Reliability; reason: string }>;
  sources: SourceEntry[];
}

export interface ResolvedSource {
  id: string;
  name: string;
  kind: string | null;
  known: boolean;
}

const GRADES: readonly Reliability[] = ["A", "B", "C", "D", "E", "F"];

export function parseSourceTable(json: unknown, file = "sources.json"): SourceTable {
  const data = json as Partial<SourceTable>;
  if (!data || typeof data !== "object" || !data.kinds || !Array.isArray(data.sources)) {
    throw new Error(`${file}: expected an object with "kinds" and "sources"`);
  }
  for (const [kind, def] of Object.entries(data.kinds)) {
    if (!GRADES.includes(def.grade))
      throw new Error(`${file}: kind "${kind}" has grade "${def.grade}", not A-F`);
  }
  data.sources.forEach((s, i) => {
    if (!s.id || !s.name || !Array.isArray(s.aliases))
      throw new Error(`${file}: source #${i} needs id, name, aliases`);
    if (!data.kinds![s.kind]) throw new Error(`${file}: source "${s.id}" has unknown kind "${s.kind}"`);
  });
  return data as SourceTable;
}

/** The reliability table of the reference data (data/reliability/sources.json, checked by src/reference/). */
export function defaultSourceTable(): SourceTable {
  return defaultReference().sources as SourceTable;
}

/** Lower-case, possessive and punctuation stripped: "South Korea's N.I.S." → "south korea nis". */
export function sourceToken(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/\./g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(the|a|an)\s+/, "");
}

function slug(token: string): string {
  return token.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "unnamed";
}

interface Index {
  exact: Map<string, SourceEntry>;
  multiword: [string, SourceEntry][];
  /** Distinctive one-word aliases ("kremlin", "nis", "pentagon") found inside longer names. */
  singleword: Map<string, SourceEntry>;
}

// One-word aliases too generic to identify a source when they sit inside a longer name.
const NOT_DISTINCTIVE = new Set([
  "seoul",
  "pyongyang",
  "report",
  "reports",
  "source",
  "sources",
  "officials",
]);
const indexes = new WeakMap<SourceTable, Index>();
function indexOf(table: SourceTable): Index {
  let index = indexes.get(table);
  if (index) return index;
  index = { exact: new Map(), multiword: [], singleword: new Map() };
  for (const entry of table.sources) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const token = sourceToken(alias);
      index.exact.set(token, entry);
      if (token.includes(" ")) index.multiword.push([token, entry]);
      else if (entry.kind !== "anonymous" && !NOT_DISTINCTIVE.has(token)) index.singleword.set(token, entry);
    }
    index.exact.set(entry.id, entry);
  }
  // Longest alias first, so "south korean intelligence officials" wins over "south korean intelligence".
  index.multiword.sort((a, b) => b[0].length - a[0].length);
  indexes.set(table, index);
  return index;
}

/**
 * Resolves a source name (from an attribution chain or an outlet field) to an origin.
 * Unknown names become `src:<slug>` whether they were read from a chain or an outlet field, so
 * "Kyiv Post" the outlet and "the Kyiv Post" cited by another outlet are one origin.
 */
export function resolveSource(raw: string, table: SourceTable = defaultSourceTable()): ResolvedSource {
  // Names repeat endlessly across claims; resolve each distinct spelling once per table.
  let cache = resolvedCache.get(table);
  if (!cache) resolvedCache.set(table, (cache = new Map()));
  let hit = cache.get(raw);
  if (!hit) {
    hit = resolveUncached(raw, table);
    if (cache.size > 50_000) cache.clear();
    cache.set(raw, hit);
  }
  return hit;
}

const resolvedCache = new WeakMap<SourceTable, Map<string, ResolvedSource>>();

function resolveUncached(raw: string, table: SourceTable): ResolvedSource {
  const index = indexOf(table);
  const token = sourceToken(
    raw
      .trim()
      .replace(/^(https?:\/\/)?(www\.)?/i, "")
      .replace(/\/.*$/, ""),
  );
  const candidates = [token];
  // "National Intelligence Service (NIS)": try the parenthesis and the rest separately.
  const paren = raw.match(/^(.*?)\(([^)]+)\)(.*)$/);
  if (paren) candidates.push(sourceToken(paren[1] + paren[3]), sourceToken(paren[2]));
  for (const c of candidates) {
    const hit = index.exact.get(c);
    if (hit) return { id: hit.id, name: hit.name, kind: hit.kind, known: true };
  }
  const padded = ` ${token} `;
  for (const [alias, entry] of index.multiword) {
    if (padded.includes(` ${alias} `))
      return { id: entry.id, name: entry.name, kind: entry.kind, known: true };
  }
  // "Kremlin spokesman", "NIS chief", "Pentagon officials": a distinctive word names the source.
  for (const word of token.split(" ")) {
    const entry = index.singleword.get(word);
    if (entry) return { id: entry.id, name: entry.name, kind: entry.kind, known: true };
  }
  // The entity registry knows every spelling, script and title of a person or body: "Sergei
  // Shoygu", "Сергей Шойгу" and "Security Council secretary Shoigu" are one origin.
  const entity = registryEntity(token);
  if (entity) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const hit = index.exact.get(sourceToken(alias));
      if (hit) return { id: hit.id, name: hit.name, kind: hit.kind, known: true };
    }
    return { id: entity.id, name: entity.name, kind: entity.type, known: false };
  }
  return { id: `src:${slug(withoutGenericNouns(token))}`, name: raw.trim(), kind: null, known: false };
}

interface RegistryIndex {
  exact: Map<string, Entity>;
  /** Aliases of two or more words, longest first, found inside a longer source name. */
  inner: [string, Entity][];
}
let registryIndex: RegistryIndex | null = null;

// Outlets and places are not speakers; people, agencies and organisations are.
const SPEAKER_TYPES = new Set(["person", "agency", "organization"]);

function registryEntity(token: string): Entity | null {
  if (!registryIndex) {
    registryIndex = { exact: new Map(), inner: [] };
    let entities: readonly Entity[] = [];
    try {
      entities = loadRegistry().entities;
    } catch {
      entities = [];
    }
    for (const e of entities) {
      if (!SPEAKER_TYPES.has(e.type)) continue;
      for (const alias of [e.name, ...e.aliases]) {
        const t = sourceToken(alias);
        if (!t) continue;
        if (!registryIndex.exact.has(t)) registryIndex.exact.set(t, e);
        if (t.includes(" ")) registryIndex.inner.push([t, e]);
      }
    }
    registryIndex.inner.sort((a, b) => b[0].length - a[0].length);
  }
  const exact = registryIndex.exact.get(token);
  if (exact) return exact;
  const padded = ` ${token} `;
  for (const [alias, e] of registryIndex.inner) if (padded.includes(` ${alias} `)) return e;
  return null;
}

// "Russian border data" and "Russian border statistics" are one origin: the noun that says what kind
// of material it is does not tell origins apart, the words before it do.
const GENERIC_SOURCE_NOUNS = new Set(
  "data statistics stats figures figure numbers report reports reporting records record estimates estimate documents document sources source".split(
    " ",
  ),
);

function withoutGenericNouns(token: string): string {
  const words = token.split(" ");
  while (words.length > 1 && GENERIC_SOURCE_NOUNS.has(words[words.length - 1])) words.pop();
  return words.join(" ");
}

export type { ReliabilityOverrides } from "../types.ts";

export function reliabilityOf(
  originId: string,
  overrides: ReliabilityOverrides = {},
  table: SourceTable = defaultSourceTable(),
): { grade: Reliability; reason: string } {
  const override = overrides[originId];
  if (override) {
    const o = typeof override === "string" ? { grade: override } : override;
    return { grade: o.grade, reason: `analyst override: ${o.reason ?? `graded ${o.grade}`}` };
  }
  const entry = indexOf(table).exact.get(originId);
  if (entry && entry.id === originId) {
    const kind = table.kinds[entry.kind];
    return { grade: entry.grade ?? kind.grade, reason: `${entry.name}: ${entry.reason ?? kind.reason}` };
  }
  if (originId.startsWith("outlet:unnamed-")) {
    return {
      grade: "F",
      reason: "the document names no outlet and the figure no source: reliability cannot be judged",
    };
  }
  return { grade: "F", reason: `${originId} is not in the reliability table: reliability cannot be judged` };
}

export function parseOverrides(json: unknown, file = "overrides"): ReliabilityOverrides {
  if (!json || typeof json !== "object" || Array.isArray(json))
    throw new Error(`${file}: expected an object of id → grade`);
  const out: ReliabilityOverrides = {};
  for (const [id, value] of Object.entries(json as Record<string, unknown>)) {
    const grade = typeof value === "string" ? value : (value as { grade?: string })?.grade;
    if (!GRADES.includes(grade as Reliability))
      throw new Error(`${file}: "${id}" has grade "${String(grade)}", not A-F`);
    out[id] =
      typeof value === "string" ? (grade as Reliability) : (value as { grade: Reliability; reason?: string });
  }
  return out;
}

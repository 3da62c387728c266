// Loads and validates the gazetteer (`data/gazetteer/*.json`): the seed entities of the registry.
// Every problem is collected and reported together, naming the file and the entry.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Entity, EntityType } from "../../types.ts";

export const ENTITY_TYPES: readonly EntityType[] = [
  "person",
  "organization",
  "site",
  "place",
  "agency",
  "outlet",
];

export const ID_PREFIX: Record<EntityType, string> = {
  person: "person",
  organization: "org",
  site: "site",
  place: "place",
  agency: "agency",
  outlet: "outlet",
};

export const DEFAULT_GAZETTEER_DIR = fileURLToPath(new URL("../../../data/gazetteer/", import.meta.url));

const FIELDS = new Set(["id", "type", "name", "aliases", "country", "identifiers", "note", "subdivision"]);

export class GazetteerError extends Error {
  constructor(readonly problems: string[]) {
    super(`gazetteer is invalid:\n  ${problems.join("\n  ")}`);
    this.name = "GazetteerError";
  }
}

/** `Korea General Corporation for External Construction` → `korea-general-corporation-for-external-construction`. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function entityId(type: EntityType, name: string): string {
  return `${ID_PREFIX[type]}:${slugify(name)}`;
}

/** Checks one file's parsed JSON; returns the entities and the problems found. */
export function validateGazetteer(file: string, data: unknown): { entities: Entity[]; problems: string[] } {
  const problems: string[] = [];
  const entities: Entity[] = [];
  if (!Array.isArray(data)) return { entities, problems: [`${file}: expected a JSON array of entities`] };
  data.forEach((raw: unknown, index) => {
    const at = `${file}[${index}]`;
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
      problems.push(`${at}: expected an object`);
      return;
    }
    const e = raw as Record<string, unknown>;
    const label = typeof e.name === "string" ? `${at} (${e.name})` : at;
    const before = problems.length;
    for (const key of Object.keys(e)) if (!FIELDS.has(key)) problems.push(`${label}: unknown field "${key}"`);
    if (typeof e.name !== "string" || !e.name.trim())
      problems.push(`${label}: "name" must be a non-empty string`);
    if (!ENTITY_TYPES.includes(e.type as EntityType))
      problems.push(
        `${label}: "type" must be one of ${ENTITY_TYPES.join(", ")}, got ${JSON.stringify(e.type)}`,
      );
    if (
      e.aliases !== undefined &&
      (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== "string" || !a.trim()))
    )
      problems.push(`${label}: "aliases" must be an array of non-empty strings`);
    if (e.country !== undefined && (typeof e.country !== "string" || !/^[A-Z]{2}$/.test(e.country)))
      problems.push(
        `${label}: "country" must be a two-letter ISO code in capitals, got ${JSON.stringify(e.country)}`,
      );
    if (
      e.identifiers !== undefined &&
      (typeof e.identifiers !== "object" ||
        e.identifiers === null ||
        Object.values(e.identifiers).some((v) => typeof v !== "string"))
    )
      problems.push(`${label}: "identifiers" must be an object of strings`);
    if (e.id !== undefined && (typeof e.id !== "string" || !/^[a-z]+:[\p{L}\p{N}-]+$/u.test(e.id)))
      problems.push(`${label}: "id" must look like "org:some-slug"`);
    if (problems.length > before) return;
    const type = e.type as EntityType;
    const name = (e.name as string).trim();
    const identifiers: Record<string, string> = { ...((e.identifiers as Record<string, string>) ?? {}) };
    if (e.country) identifiers.country = e.country as string;
    if (e.subdivision === true) identifiers.level = "region";
    const aliases = [...new Set(((e.aliases as string[]) ?? []).map((a) => a.trim()))].filter(
      (a) => a !== name,
    );
    entities.push({ id: (e.id as string) ?? entityId(type, name), type, name, aliases, identifiers });
  });
  return { entities, problems };
}

/** Reads every `*.json` file in `dir`; throws a GazetteerError listing all problems. */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Entity[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
  } catch (err) {
    throw new GazetteerError([`${dir}: cannot read the gazetteer folder: ${(err as Error).message}`]);
  }
  const problems: string[] = [];
  const entities: Entity[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (err) {
      problems.push(`${file}: not valid JSON: ${(err as Error).message}`);
      continue;
    }
    const result = validateGazetteer(file, data);
    problems.push(...result.problems);
    for (const entity of result.entities) {
      const first = seen.get(entity.id);
      if (first) problems.push(`${file}: duplicate entity id ${entity.id} (first in ${first})`);
      else {
        seen.set(entity.id, file);
        entities.push(entity);
      }
    }
  }
  if (problems.length) throw new GazetteerError(problems);
  return entities;
}

// Entity rows and the listing types shared by the entity listing (./entities.ts) and the entity
// detail (./entity-detail.ts), so neither imports the other.
import type { Selectable } from "kysely";
import type { Entity, EntityType } from "../types.ts";
import type { EntitiesTable } from "./schema.ts";

const MAX_PAGE = 500;

export interface EntitySummary extends Entity {
  candidate: boolean;
  /** Mentions stored for the entity, over all documents. */
  mentionCount: number;
  /** Distinct documents naming it. */
  documentCount: number;
}

export interface EntityFilter {
  type?: EntityType | string;
  /** true: only candidates (names first seen in documents); false: only gazetteer entities. */
  candidate?: boolean;
  /** Case-insensitive substring of the id, name or any alias. */
  q?: string;
  /** Only entities named in this document. */
  docId?: string;
  /** true: only entities with at least one mention. */
  mentioned?: boolean;
  limit?: number;
  offset?: number;
}

export type EntityRow = Selectable<EntitiesTable>;

export function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toEntity(r: EntityRow): Entity & { candidate: boolean } {
  return {
    id: r.id,
    type: r.type as EntityType,
    name: r.name,
    aliases: parseJson<string[]>(r.aliases, []),
    identifiers: parseJson<Record<string, string>>(r.identifiers, {}),
    candidate: Number(r.candidate) === 1,
  };
}

export function toRow(e: Entity): EntityRow {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: JSON.stringify(e.aliases ?? []),
    identifiers: JSON.stringify(e.identifiers ?? {}),
    candidate: e.candidate ? 1 : 0,
  };
}

export function entityProblem(e: Entity): string | null {
  if (!e || typeof e !== "object") return "not an entity object";
  if (typeof e.id !== "string" || !e.id.trim()) return `entity without an id (${JSON.stringify(e.name)})`;
  if (typeof e.name !== "string" || !e.name.trim()) return `${e.id}: empty name`;
  if (typeof e.type !== "string" || !e.type) return `${e.id}: no type`;
  if (!Array.isArray(e.aliases ?? [])) return `${e.id}: aliases must be an array`;
  return null;
}

export const clampLimit = (n: number | undefined, dflt: number) =>
  Math.max(1, Math.min(MAX_PAGE, Math.floor(Number.isFinite(n) ? (n as number) : dflt)));
export const clampOffset = (n: number | undefined) =>
  Math.max(0, Math.floor(Number.isFinite(n) ? (n as number) : 0));

// Turning what a user typed into a watch target: a party or place name is resolved to a registry
// entity (any spelling or script) so that every alias is watched; a subject must be one the
// extractor produces; a saved query must use only claims-explorer fields.
import type { Entity } from "../types.ts";
import { defaultReference, type SubjectRegistry } from "../reference/index.ts";
import { scoreNames } from "../resolve/names/index.ts";
import { foldName } from "./match.ts";
import {
  CLAIM_QUERY_FIELDS,
  WATCH_KINDS,
  type ClaimQuery,
  type WatchKind,
  type WatchTarget,
} from "./types.ts";

const PLACE_TYPES = new Set(["place", "site"]);

export interface ResolvedTarget {
  label: string;
  target: WatchTarget;
  /** A normalised form: one watchlist per user and target. */
  key: string;
}

export class WatchInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WatchInputError";
  }
}

export function isWatchKind(k: string): k is WatchKind {
  return (WATCH_KINDS as readonly string[]).includes(k);
}

/** The entity a name (or an entity id) designates: exact id, exact spelling, else the best match. */
export function resolveEntity(value: string, entities: readonly Entity[], places: boolean): Entity | null {
  const pool = entities.filter((e) => PLACE_TYPES.has(e.type) === places && e.type !== "outlet");
  const byId = pool.find((e) => e.id === value);
  if (byId) return byId;
  const folded = foldName(value);
  const exact = pool.filter((e) => [e.name, ...e.aliases].some((n) => foldName(n) === folded));
  if (exact.length) return exact.find((e) => !e.candidate) ?? exact[0];
  if (places) return null;
  let best: { e: Entity; score: number } | null = null;
  for (const e of pool) {
    for (const n of [e.name, ...e.aliases]) {
      const r = scoreNames(value, n);
      if (r.match && (!best || r.score > best.score)) best = { e, score: r.score };
    }
  }
  return best?.e ?? null;
}

function parseQuery(raw: unknown, subjects: SubjectRegistry): ClaimQuery {
  let value = raw;
  if (typeof raw === "string") {
    const s = raw.trim();
    try {
      value = s.startsWith("{")
        ? JSON.parse(s)
        : Object.fromEntries(new URLSearchParams(s.replace(/^[#?]/, "")));
    } catch (err) {
      throw new WatchInputError(`query: not JSON: ${(err as Error).message}`);
    }
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new WatchInputError('query: expected an object of claims filters, e.g. {"subject":"workers"}');
  const out: ClaimQuery = {};
  const problems: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || v === null || v === "") continue;
    if (!(CLAIM_QUERY_FIELDS as readonly string[]).includes(k)) {
      if (["sort", "limit", "offset", "cursor"].includes(k)) continue; // paging, not a filter
      problems.push(`unknown filter "${k}" (${CLAIM_QUERY_FIELDS.join(", ")})`);
      continue;
    }
    if (k === "reviewed") {
      if (v !== true && v !== false && v !== "true" && v !== "false")
        problems.push(`reviewed must be true or false`);
      else out.reviewed = v === true || v === "true";
    } else if (k === "decision") {
      if (!["accept", "reject", "correct"].includes(String(v)))
        problems.push(`decision must be accept, reject or correct`);
      else out.decision = v as ClaimQuery["decision"];
    } else if ((k === "from" || k === "to") && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(v))) {
      problems.push(`${k} must be an ISO date prefix (2024, 2024-06 or 2024-06-17), got "${String(v)}"`);
    } else if (k === "subject" && !subjects.has(String(v))) {
      problems.push(`unknown subject "${String(v)}"`);
    } else (out as Record<string, unknown>)[k] = String(v).slice(0, 200);
  }
  if (problems.length) throw new WatchInputError(`query: ${problems.join("; ")}`);
  if (Object.keys(out).length === 0) throw new WatchInputError("query: at least one filter is needed");
  return out;
}

/** Resolves user input (a name, a subject, a source, a claims filter) into a watch target. */
export function resolveTarget(
  kind: string,
  value: unknown,
  entities: readonly Entity[],
  subjects: SubjectRegistry = defaultReference().subjects,
): ResolvedTarget {
  if (!isWatchKind(kind)) throw new WatchInputError(`unknown kind "${kind}": ${WATCH_KINDS.join(", ")}`);
  if (kind === "query") {
    const filter = parseQuery(value, subjects);
    const keys = Object.keys(filter).sort();
    const label = keys.map((k) => `${k}=${String(filter[k as keyof ClaimQuery])}`).join(" ");
    return { label, target: { filter }, key: JSON.stringify(filter, keys) };
  }
  if (typeof value !== "string" || !value.trim())
    throw new WatchInputError(`${kind}: a non-empty value is needed`);
  const text = value.trim().slice(0, 300);
  if (kind === "subject") {
    if (!subjects.has(text))
      throw new WatchInputError(`unknown subject "${text}": ${subjects.ids.join(", ")}`);
    return { label: text, target: { subject: text }, key: text };
  }
  if (kind === "source") return { label: text, target: { source: text }, key: foldName(text) };
  const entity = resolveEntity(text, entities, kind === "place");
  if (entity) {
    const names = [...new Set([entity.name, ...entity.aliases, text])];
    return { label: entity.name, target: { entityId: entity.id, names }, key: entity.id };
  }
  return { label: text, target: { entityId: null, names: [text] }, key: foldName(text) };
}

// Entity matching like yente's /match: FtM-shaped queries against the imported sanctions lists.
// Candidates come from the alias index by name (every query name, its schema's kind), and each is
// scored by the named features of ./features.ts; the explanation lists every feature it used.
import { DEFAULT_THRESHOLD } from "../names/index.ts";
import { aliasIndex, type ScreeningStore } from "../screen.ts";
import type { ListRecord } from "../lists/types.ts";
import { combine, type Feature } from "./features.ts";
import { schemaAccepts, schemaKind, type MatchQuery } from "./query.ts";

/** Lowest name score that makes a record a candidate: date of birth or an identifier may lift it. */
const CANDIDATE_FLOOR = 0.5;

export interface MatchResult {
  /** `listId:sourceId` */
  id: string;
  listId: string;
  sourceId: string;
  caption: string;
  type: string;
  programmes: string[];
  score: number;
  match: boolean;
  matchedAlias: string;
  /** feature name → its contribution (name: the base score) */
  features: Record<string, number>;
  explanation: string[];
  dob?: string;
  nationality?: string;
}

export interface MatchResponse {
  key: string;
  query: MatchQuery;
  results: MatchResult[];
}

export interface MatchOptions {
  limit?: number;
  threshold?: number;
  indexFile?: string;
}

/** Match each query; results per query best first, `limit` at most, scores ≥ `threshold` marked match. */
export async function matchQueries(
  db: ScreeningStore,
  queries: MatchQuery[],
  opts: MatchOptions = {},
): Promise<MatchResponse[]> {
  const limit = opts.limit ?? 5;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const { index } = await aliasIndex(db, opts.indexFile);
  const records = new Map<string, ListRecord | null>();
  const record = async (id: string) => {
    if (!records.has(id)) {
      const cut = id.indexOf("|");
      records.set(id, await db.sanctions.getRecord(id.slice(0, cut), id.slice(cut + 1)));
    }
    return records.get(id) ?? null;
  };
  const out: MatchResponse[] = [];
  for (const query of queries) {
    const kind = schemaKind(query.schema);
    // best name hit per record over all query names
    const best = new Map<string, { score: number; alias: string; explanation: string[]; name: string }>();
    for (const name of query.names) {
      for (const hit of index.query(name, {
        limit: limit * 4,
        threshold: Math.min(CANDIDATE_FLOOR, threshold),
        ...(kind ? { type: kind } : {}),
      })) {
        const prev = best.get(hit.id);
        if (!prev || hit.score > prev.score)
          best.set(hit.id, { score: hit.score, alias: hit.name, explanation: hit.explanation, name });
      }
    }
    const results: MatchResult[] = [];
    for (const [id, hit] of best) {
      const r = await record(id);
      if (!r || !schemaAccepts(query.schema, r.type)) continue;
      const { score, features } = combine(
        hit.score,
        `"${hit.name}" ~ "${hit.alias}" (${hit.score.toFixed(3)})`,
        query,
        r,
      );
      if (score < threshold && score < CANDIDATE_FLOOR) continue;
      results.push({
        id: `${r.listId}:${r.sourceId}`,
        listId: r.listId,
        sourceId: r.sourceId,
        caption: r.name,
        type: r.type,
        programmes: r.programmes,
        score,
        match: score >= threshold,
        matchedAlias: hit.alias,
        features: Object.fromEntries(
          features.filter((f) => f.name !== "schema").map((f) => [f.name, f.value]),
        ),
        explanation: [
          ...features.map((f: Feature) => `${f.name}: ${f.detail}`),
          ...hit.explanation.map((e) => `  ${e}`),
          `score ${score.toFixed(3)} ${score >= threshold ? "≥" : "<"} threshold ${threshold}`,
        ],
        ...(r.dob ? { dob: r.dob } : {}),
        ...(r.nationality ? { nationality: r.nationality } : {}),
      });
    }
    results.sort((a, b) => b.score - a.score);
    out.push({ key: query.key, query, results: results.slice(0, limit) });
  }
  return out;
}

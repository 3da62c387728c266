// Full-text search over documents: SQLite FTS5 (external-content, porter unicode61) or PostgreSQL
// tsvector. User input goes through fts-query.ts first, so no query can be a syntax error.
import { sql, type Kysely } from "kysely";
import type { Database, DialectName } from "./schema.ts";
import type { SearchHit } from "./records.ts";
import { toFts5Query, toTsQuery } from "./fts-query.ts";

interface HitRow {
  doc_id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string | null;
}

export async function searchDocuments(
  db: Kysely<Database>,
  dialect: DialectName,
  q: string,
  limit: number,
): Promise<SearchHit[]> {
  if (typeof q !== "string" || limit <= 0) return [];
  const rows = dialect === "postgres" ? await searchPostgres(db, q, limit) : await searchSqlite(db, q, limit);
  return rows.map((r) => ({
    docId: r.doc_id,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    snippet: (r.snippet ?? "").replace(/\s+/g, " ").trim(),
  }));
}

async function searchSqlite(db: Kysely<Database>, q: string, limit: number): Promise<HitRow[]> {
  const match = toFts5Query(q);
  if (!match) return [];
  // Empty highlight markers: the snippet is plain text; callers escape it when they render it.
  const result = await sql<HitRow>`
    SELECT d.id AS doc_id, d.title, d.outlet, d.published,
           snippet(documents_fts, 1, '', '', '…', 24) AS snippet
    FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
    WHERE documents_fts MATCH ${match}
    ORDER BY rank, d.id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

async function searchPostgres(db: Kysely<Database>, q: string, limit: number): Promise<HitRow[]> {
  const tsquery = toTsQuery(q);
  if (!tsquery) return [];
  const result = await sql<HitRow>`
    WITH q AS (SELECT to_tsquery('english'::regconfig, ${tsquery}) AS query)
    SELECT d.id AS doc_id, d.title, d.outlet, d.published,
           ts_headline('english'::regconfig, d.text, q.query,
             'StartSel="", StopSel="", MaxWords=40, MinWords=15, MaxFragments=1') AS snippet
    FROM documents d, q
    WHERE d.search_tsv @@ q.query
    ORDER BY ts_rank(d.search_tsv, q.query) DESC, d.id
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

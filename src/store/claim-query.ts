// The claim listing query: claims joined to their document, filtered by ClaimFilter.
// Date bounds compare ISO prefixes, so a claim dated `2024` overlaps `from: "2024-06"` and a
// claim dated `2024-06-17` is inside `to: "2024-06"` (both bounds inclusive, at any precision).
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { Database } from "./schema.ts";
import type { ClaimFilter } from "./store.ts";

type Eb = ExpressionBuilder<Database & { c: Database["claims"]; d: Database["documents"] }, "c" | "d">;

/** `%` `_` and `\` in user input are literal characters in the LIKE pattern. */
export function likeContains(value: string): string {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

function containsCi(column: Expression<string | null>, value: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) LIKE ${likeContains(value)} ESCAPE '\\'`;
}

function where(eb: Eb, filter: ClaimFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  const text = (v: string | undefined) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  const subject = text(filter.subject);
  if (subject) conditions.push(eb("c.subject", "=", subject));
  const destination = text(filter.destination);
  if (destination) conditions.push(containsCi(eb.ref("c.destination"), destination));
  const docId = text(filter.docId);
  if (docId) conditions.push(eb("c.doc_id", "=", docId));
  const source = text(filter.source);
  if (source) {
    // The chain is included so "NIS" finds "JoongAng, citing Yonhap, citing the NIS".
    conditions.push(
      eb.or([
        containsCi(eb.ref("c.attributed_to"), source),
        containsCi(eb.ref("d.outlet"), source),
        containsCi(eb.ref("c.attribution_chain"), source),
      ]),
    );
  }
  const effective = sql<string>`coalesce(${eb.ref("c.time")}, ${eb.ref("d.published")})`;
  const from = text(filter.from);
  if (from) {
    // Later at the bound's precision, or a coarser date that contains the bound (`2024` ⊇ `2024-06`).
    conditions.push(
      sql<SqlBool>`(substr(${effective}, 1, ${from.length}) >= ${from}
        OR substr(cast(${from} as text), 1, length(${effective})) = ${effective})`,
    );
  }
  const to = text(filter.to);
  if (to) conditions.push(sql<SqlBool>`substr(${effective}, 1, ${to.length}) <= ${to}`);
  return eb.and(conditions);
}

export function selectClaims(db: Kysely<Database>, filter: ClaimFilter) {
  return db
    .selectFrom("claims as c")
    .innerJoin("documents as d", "d.id", "c.doc_id")
    .selectAll("c")
    .select(["d.outlet", "d.published", "d.url"])
    .where((eb) => where(eb, filter))
    .orderBy("d.published", (ob) => ob.desc().nullsLast())
    .orderBy("c.doc_id")
    .orderBy("c.id");
}

export async function countClaims(db: Kysely<Database>, filter: ClaimFilter): Promise<number> {
  const row = await db
    .selectFrom("claims as c")
    .innerJoin("documents as d", "d.id", "c.doc_id")
    .select((eb) => eb.fn.countAll().as("n"))
    .where((eb) => where(eb, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

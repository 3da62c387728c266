// The claim listing query: claims joined to their document, filtered by ClaimFilter.
// Date bounds compare ISO prefixes, so a claim dated `2024` overlaps `from: "2024-06"` and a
// claim dated `2024-06-17` is inside `to: "2024-06"` (both bounds inclusive, at any precision).
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { Database } from "./schema.ts";
import type { ClaimFilter } from "./records.ts";
import { dialectOf } from "./dialect.ts";

type Eb = ExpressionBuilder<Database & { c: Database["claims"]; d: Database["documents"] }, "c" | "d">;

/** `%` `_` and `\` in user input are literal characters in the LIKE pattern. */
export function likeContains(value: string): string {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

function containsCi(column: Expression<string | null>, value: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) LIKE ${likeContains(value)} ESCAPE '\\'`;
}

function where(eb: Eb, filter: ClaimFilter, sqlite: boolean): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  const text = (v: string | undefined) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  const subject = text(filter.subject);
  // On SQLite the listing walks documents in publication order and reads each one's claims through
  // claims_doc; `|| ''` keeps the planner from switching the inner loop to claims_subject, which
  // would rescan that index once per document.
  if (subject)
    conditions.push(
      sqlite ? sql<SqlBool>`${eb.ref("c.subject")} || '' = ${subject}` : eb("c.subject", "=", subject),
    );
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
  // Review filters compare each claim's latest review (the one applyReviews shows), inside the
  // query, so pages and totals stay exact.
  const anyReview = () =>
    eb.exists(eb.selectFrom("reviews as r").select("r.id").whereRef("r.claim_id", "=", "c.id"));
  if (filter.reviewed === true) conditions.push(anyReview());
  if (filter.reviewed === false) conditions.push(eb.not(anyReview()));
  if (filter.decision) {
    const latest = eb
      .selectFrom("reviews as r")
      .select("r.decision")
      .whereRef("r.claim_id", "=", "c.id")
      .orderBy("r.created_at", "desc")
      .orderBy("r.id", "desc")
      .limit(1);
    conditions.push(eb(latest, "=", filter.decision));
  }
  return eb.and(conditions);
}

/**
 * Claims in listing order: newest publication first, then document, then claim. On SQLite the
 * documents table drives the join (CROSS JOIN fixes the loop order) so the first page comes straight
 * off the documents_published_id index instead of sorting every claim; PostgreSQL plans it itself.
 */
export function selectClaims(db: Kysely<Database>, filter: ClaimFilter) {
  const sqlite = dialectOf(db) === "sqlite";
  const joined = sqlite
    ? db.selectFrom("documents as d").crossJoin("claims as c").whereRef("c.doc_id", "=", "d.id")
    : db.selectFrom("documents as d").innerJoin("claims as c", "c.doc_id", "d.id");
  const sort = sortOf(filter);
  if (!CLAIM_SORTS.includes(sort))
    throw new BadCursorError(`unknown sort "${sort}": one of ${CLAIM_SORTS.join(", ")}`);
  if (filter.cursor && sort !== "-published") {
    throw new BadCursorError(`a cursor pages the default order only; use offset with sort=${sort}`);
  }
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
  const base = joined
    .selectAll("c")
    .select(["d.outlet", "d.published", "d.url"])
    .where((eb) => where(eb as unknown as Eb, filter, sqlite))
    .$if(cursor !== null, (q) => q.where((eb) => afterCursor(eb as unknown as Eb, cursor!)));
  const effective = sql`coalesce(c.time, d.published)`;
  const ordered =
    sort === "-published"
      ? base.orderBy("d.published", (ob) => ob.desc().nullsLast())
      : sort === "published"
        ? base.orderBy("d.published", (ob) => ob.asc().nullsLast())
        : sort === "quantity"
          ? base.orderBy("c.quantity_low", "asc")
          : sort === "-quantity"
            ? base.orderBy("c.quantity_high", "desc")
            : sort === "confidence"
              ? base.orderBy("c.confidence", (ob) => ob.asc().nullsLast())
              : sort === "-confidence"
                ? base.orderBy("c.confidence", (ob) => ob.desc().nullsLast())
                : sort === "time"
                  ? base.orderBy(effective, (ob) => ob.asc().nullsLast())
                  : base.orderBy(effective, (ob) => ob.desc().nullsLast());
  return ordered.orderBy("d.id").orderBy("c.id");
}

/** Orders a claim listing can take; `-` is descending. Cursors page the default order only. */
export const CLAIM_SORTS: readonly string[] = [
  "-published",
  "published",
  "-quantity",
  "quantity",
  "-time",
  "time",
  "confidence",
  "-confidence",
];

/**
 * The order a listing uses: the one asked for; else the review queue (claims nobody has reviewed)
 * puts the claims the extractor was least sure of first; else newest publication first.
 */
export function sortOf(filter: ClaimFilter): string {
  return filter.sort ?? (filter.reviewed === false ? "confidence" : "-published");
}

export type ClaimFacetName = "subject" | "event" | "destination" | "source" | "outlet" | "year";

/** How many claims of the filtered set carry each value, per facet (most common first, at most `top`). */
export async function claimFacets(
  db: Kysely<Database>,
  filter: ClaimFilter,
  top = 25,
): Promise<Record<ClaimFacetName, { value: string; count: number }[]>> {
  const columns: Record<ClaimFacetName, ReturnType<typeof sql<string | null>>> = {
    subject: sql`c.subject`,
    event: sql`c.event`,
    destination: sql`c.destination`,
    source: sql`c.attributed_to`,
    outlet: sql`d.outlet`,
    year: sql`substr(coalesce(c.time, d.published), 1, 4)`,
  };
  const out = {} as Record<ClaimFacetName, { value: string; count: number }[]>;
  for (const [name, column] of Object.entries(columns) as [
    ClaimFacetName,
    (typeof columns)[ClaimFacetName],
  ][]) {
    const rows = await db
      .selectFrom("claims as c")
      .innerJoin("documents as d", "d.id", "c.doc_id")
      .select([column.as("value"), (eb) => eb.fn.countAll().as("n")])
      .where((eb) => where(eb, filter, false))
      .where(column, "is not", null)
      .groupBy(column)
      .orderBy(sql`count(*)`, "desc")
      .orderBy(column)
      .limit(top)
      .execute();
    out[name] = rows.map((r) => ({ value: String(r.value), count: Number(r.n) }));
  }
  return out;
}

/** Where a page ended, in listing order: the last claim's publication date, document and id. */
export interface ClaimCursor {
  published: string | null;
  docId: string;
  id: number;
}

export function encodeCursor(c: ClaimCursor): string {
  return Buffer.from(JSON.stringify([c.published, c.docId, c.id])).toString("base64url");
}

export class BadCursorError extends Error {}

export function decodeCursor(text: string): ClaimCursor {
  try {
    const [published, docId, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    if (
      (published === null || (typeof published === "string" && !published.includes("\u0000"))) &&
      typeof docId === "string" &&
      !docId.includes("\u0000") &&
      // Claim ids are 32-bit in both databases; PostgreSQL errors on a larger comparison.
      Number.isSafeInteger(id) &&
      (id as number) >= 0 &&
      (id as number) <= 2 ** 31 - 1
    ) {
      return { published, docId, id: id as number };
    }
  } catch {
    // reported below
  }
  throw new BadCursorError(
    `invalid cursor "${text.slice(0, 40)}": pass back the nextCursor of a previous page`,
  );
}

/** Claims after the cursor in the order published DESC NULLS LAST, document id, claim id. */
function afterCursor(eb: Eb, c: ClaimCursor): Expression<SqlBool> {
  const sameDocLater = eb.or([
    eb("d.id", ">", c.docId),
    eb.and([eb("d.id", "=", c.docId), eb("c.id", ">", c.id)]),
  ]);
  if (c.published === null) return eb.and([eb("d.published", "is", null), sameDocLater]);
  return eb.or([
    eb("d.published", "<", c.published),
    eb("d.published", "is", null),
    eb.and([eb("d.published", "=", c.published), sameDocLater]),
  ]);
}

/** The cursor of the page that follows `items`, or null when this page is the last. */
export function nextCursorOf(
  items: { id: number; docId: string; published: string | null }[],
  limit: number,
  sort: string,
): string | null {
  if (sort !== "-published") return null;
  const last = items.length === limit ? items[items.length - 1] : undefined;
  return last ? encodeCursor({ published: last.published, docId: last.docId, id: last.id }) : null;
}

/** One claim by id, with its document's outlet, date and url. */
export function selectClaimById(db: Kysely<Database>, id: number) {
  return db
    .selectFrom("claims as c")
    .innerJoin("documents as d", "d.id", "c.doc_id")
    .selectAll("c")
    .select(["d.outlet", "d.published", "d.url"])
    .where("c.id", "=", id);
}

export async function countClaims(db: Kysely<Database>, filter: ClaimFilter): Promise<number> {
  const row = await db
    .selectFrom("claims as c")
    .innerJoin("documents as d", "d.id", "c.doc_id")
    .select((eb) => eb.fn.countAll().as("n"))
    .where((eb) => where(eb, filter, false))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Remembers counts until `stamp` changes. Claims and reviews are insert-only and never deleted, so
 * their largest ids say exactly when a count may have changed.
 */
export class CountCache {
  private entries = new Map<string, { stamp: string; n: number }>();
  constructor(private readonly max = 500) {}

  async get(key: string, stamp: string, compute: () => Promise<number>): Promise<number> {
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.n;
    const n = await compute();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { stamp, n });
    return n;
  }
}

/**
 * The largest claim id (0 when empty): changes whenever a claim is added. With a review filter, the
 * largest review id too (reviews are append-only as well).
 */
export async function claimsStamp(db: Kysely<Database>, filter: ClaimFilter = {}): Promise<string> {
  const row = await db
    .selectFrom("claims")
    .select((eb) => eb.fn.max("id").as("m"))
    .executeTakeFirst();
  if (filter.reviewed === undefined && filter.decision === undefined) return String(row?.m ?? 0);
  const review = await db
    .selectFrom("reviews")
    .select((eb) => eb.fn.max("id").as("m"))
    .executeTakeFirst();
  return `${row?.m ?? 0}/${review?.m ?? 0}`;
}

export function filterKey(filter: ClaimFilter): string {
  const { limit: _limit, offset: _offset, cursor: _cursor, sort: _sort, ...rest } = filter;
  return JSON.stringify(
    Object.entries(rest)
      .filter(([, v]) => v !== undefined && v !== "")
      .sort(),
  );
}

/** Claims sharing destination, subject, event, modality and unit, with their figures summarised. */
export interface ClaimGroupRow {
  destination: string | null;
  subject: string;
  event: string;
  modality: string;
  unit: string;
  claims: number;
  minLow: number;
  maxHigh: number;
  sumLow: number;
  sumHigh: number;
}

/**
 * Groups the filtered claims whose latest review neither corrects nor rejects them (the extracted
 * values stand); the reviewed-away ones are left to the caller, who applies their reviews.
 */
export async function selectClaimGroups(db: Kysely<Database>, filter: ClaimFilter): Promise<ClaimGroupRow[]> {
  const rows = await db
    .selectFrom("claims as c")
    .innerJoin("documents as d", "d.id", "c.doc_id")
    .where((eb) => where(eb, filter, false))
    .where((eb) =>
      eb(
        // No review at all counts as "the extracted values stand".
        eb.fn.coalesce(
          eb
            .selectFrom("reviews as r")
            .select("r.decision")
            .whereRef("r.claim_id", "=", "c.id")
            .orderBy("r.created_at", "desc")
            .orderBy("r.id", "desc")
            .limit(1),
          eb.val("none"),
        ),
        "not in",
        ["correct", "reject"],
      ),
    )
    .select((eb) => [
      "c.destination",
      "c.subject",
      "c.event",
      "c.modality",
      "c.unit",
      eb.fn.countAll().as("n"),
      eb.fn.min("c.quantity_low").as("min_low"),
      eb.fn.max("c.quantity_high").as("max_high"),
      eb.fn.sum("c.quantity_low").as("sum_low"),
      eb.fn.sum("c.quantity_high").as("sum_high"),
    ])
    .groupBy(["c.destination", "c.subject", "c.event", "c.modality", "c.unit"])
    .execute();
  return rows.map((r) => ({
    destination: r.destination,
    subject: r.subject,
    event: r.event,
    modality: r.modality,
    unit: r.unit,
    claims: Number(r.n),
    minLow: Number(r.min_low),
    maxHigh: Number(r.max_high),
    sumLow: Number(r.sum_low),
    sumHigh: Number(r.sum_high),
  }));
}

// The claim listing walks documents newest first (see claim-query.ts); this index gives it that
// order directly: publication date descending, then id, as the listing's ORDER BY has it.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX documents_published_id ON documents (published DESC, id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS documents_published_id`.execute(db);
}

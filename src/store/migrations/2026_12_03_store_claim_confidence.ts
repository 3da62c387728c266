// How sure the extractor was of each claim, in [0, 1] (issue #10 item 11), so the review queue can
// put the least sure claims first. Null for claims stored before this migration: they are not
// re-extracted (evidence is immutable), and sort after every scored claim.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("claims").addColumn("confidence", "double precision").execute();
  await sql`CREATE INDEX claims_confidence ON claims (confidence)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS claims_confidence`.execute(db);
  await sql`ALTER TABLE claims DROP COLUMN confidence`.execute(db);
}

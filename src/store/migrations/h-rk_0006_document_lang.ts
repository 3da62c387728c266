// The language each document was read in (`en`, `ru`, `ko`), set at ingest; null for documents
// stored before languages were detected. Indexed for the `lang` filter of the document listing.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN lang TEXT`.execute(db);
  await sql`CREATE INDEX documents_lang ON documents (lang)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS documents_lang`.execute(db);
  await sql`ALTER TABLE documents DROP COLUMN lang`.execute(db);
}

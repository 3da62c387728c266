// The explicit, ordered list of migrations. Add a migration by adding its file and one line here;
// Kysely's Migrator runs them in name order and records them in `kysely_migration`.
import type { Kysely } from "kysely";
import type { DialectName } from "../schema.ts";
import * as core from "./0001_core.ts";
import * as sanctions from "./0002_sanctions.ts";
import * as assessment from "./0003_assessment.ts";
import * as accounts from "./0004_accounts.ts";
import * as listingIndex from "./0005_listing_index.ts";
import * as documentLang from "./h-rk_0006_document_lang.ts";
import * as monitorSources from "./h-monitor_0006_sources.ts";
import * as claimConfidence from "./2026_12_03_store_claim_confidence.ts";
import * as alertsWatchlists from "./2026_12_03_alerts_watchlists.ts";

export interface StoreMigration {
  // Migrations may take the dialect as a second argument; those that do not can call dialectOf(db).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  down?(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

export const migrations: Record<string, StoreMigration> = {
  "0001_core": core,
  "0002_sanctions": sanctions,
  "0003_assessment": assessment,
  "0004_accounts": accounts,
  "0005_listing_index": listingIndex,
  "h-rk_0006_document_lang": documentLang,
  "h-monitor_0006_sources": monitorSources,
  "2026_12_03_store_claim_confidence": claimConfidence,
  "2026_12_03_alerts_watchlists": alertsWatchlists,
};

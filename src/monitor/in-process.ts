// One scheduler tick without a queue (the embedded SQLite default): claim the due sources, poll
// them, ingest the new articles, and refresh the assessment when anything new was stored.
import type { Store } from "../store/index.ts";
import type { Fetcher } from "./fetcher.ts";
import { ingestArticle, pollSource } from "./stages.ts";

export interface TickReport {
  sources: number;
  notModified: number;
  newUrls: number;
  ingested: number;
  duplicates: number;
  claims: number;
  errors: string[];
}

export async function tickInProcess(
  store: Store,
  fetcher: Fetcher,
  opts: { now?: Date; refreshAssessment?: () => Promise<void> } = {},
): Promise<TickReport> {
  const report: TickReport = {
    sources: 0,
    notModified: 0,
    newUrls: 0,
    ingested: 0,
    duplicates: 0,
    claims: 0,
    errors: [],
  };
  for (const source of await store.sources.claimDue(opts.now)) {
    report.sources++;
    let urls: string[];
    try {
      const poll = await pollSource(store, fetcher, source);
      if (poll.httpStatus === 304) report.notModified++;
      urls = poll.newUrls;
    } catch (err) {
      report.errors.push(`${source.url}: ${(err as Error).message}`);
      continue;
    }
    report.newUrls += urls.length;
    for (const url of urls) {
      try {
        const r = await ingestArticle(store, fetcher, source, url);
        report.ingested += r.ingested;
        report.duplicates += r.duplicates;
        report.claims += r.claims;
      } catch (err) {
        report.errors.push(`${url}: ${(err as Error).message}`);
      }
    }
  }
  if (report.ingested > 0 && opts.refreshAssessment) {
    try {
      await opts.refreshAssessment();
    } catch (err) {
      report.errors.push(`assess-refresh: ${(err as Error).message}`);
    }
  }
  return report;
}

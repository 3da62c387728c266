import type { Command } from "commander";
import { DB_HELP, pagingOptions } from "../options.ts";

interface ClaimsOptions {
  db?: string;
  subject?: string;
  destination?: string;
  source?: string;
  doc?: string;
  from?: string;
  to?: string;
  limit: string;
  offset: string;
  json?: boolean;
  reviewed?: boolean;
  decision?: string;
}

const DECISIONS = ["accept", "reject", "correct"];

function formatQuantity(q: number | [number, number]): string {
  return Array.isArray(q)
    ? `${q[0].toLocaleString("en-US")}–${q[1].toLocaleString("en-US")}`
    : q.toLocaleString("en-US");
}

/** `flowwatch claims`: stored claims with their evidence sentence, filtered. */
export function register(program: Command): void {
  program
    .command("claims")
    .description("list stored claims with their evidence, newest publication first")
    .option("--db <db>", DB_HELP)
    .option("--subject <subject>", "exact subject, e.g. troops, workers, revenue")
    .option("--destination <place>", "destination contains this (case-insensitive)")
    .option("--source <name>", "attributed source, a link of its chain, or the outlet contains this")
    .option("--doc <id>", "only claims from this document")
    .option("--from <date>", "claim time (else publication date) on or after this ISO date/prefix")
    .option("--to <date>", "claim time (else publication date) on or before this ISO date/prefix")
    .option("--limit <n>", "most claims to show", "50")
    .option("--offset <n>", "claims to skip", "0")
    .option("--reviewed", "only claims an analyst has reviewed")
    .option("--no-reviewed", "only claims nobody has reviewed")
    .option("--decision <decision>", `only claims whose latest review is ${DECISIONS.join(" | ")}`)
    .option("--json", "print the page as JSON")
    .action(async (opts: ClaimsOptions) => {
      const { limit, offset } = pagingOptions(opts);
      for (const [name, value] of [
        ["--from", opts.from],
        ["--to", opts.to],
      ] as const) {
        if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
          throw new Error(
            `${name} must be an ISO date or prefix (2024, 2024-06, 2024-06-17), got "${value}"`,
          );
        }
      }
      if (opts.decision !== undefined && !DECISIONS.includes(opts.decision))
        throw new Error(`--decision must be one of ${DECISIONS.join(", ")}, got "${opts.decision}"`);
      const { withStore } = await import("../../store/index.ts");
      const { terminalSafe } = await import("../ingest-report.ts");
      await withStore(opts, async (store) => {
        // The reviewed-claims view: corrections overlaid (original kept), status per claim.
        const page = await store.claims.list({
          reviewed: opts.reviewed,
          decision: opts.decision as "accept" | undefined,
          subject: opts.subject,
          destination: opts.destination,
          source: opts.source,
          docId: opts.doc,
          from: opts.from,
          to: opts.to,
          limit,
          offset,
        });
        if (opts.json) {
          console.log(JSON.stringify(page, null, 2));
          return;
        }
        for (const c of page.items) {
          const when = c.time ?? (c.published ? `(published ${c.published})` : "undated");
          const status = !c.review
            ? "unreviewed"
            : c.review.decision === "correct"
              ? `corrected by ${c.review.author}`
              : `${c.review.decision}ed by ${c.review.author}`;
          const head = [
            `#${c.id}`,
            `[${status}]`,
            c.docId,
            when,
            c.subject,
            `${c.qualifier === "exact" || c.qualifier === "range" ? "" : `${c.qualifier} `}${formatQuantity(c.quantity)} ${c.unit}`,
            c.event,
            c.destination ? `→ ${c.destination}` : null,
            c.attributionChain.length
              ? `per ${c.attributionChain.join(" ← ")}`
              : c.outlet
                ? `per ${c.outlet}`
                : null,
          ].filter(Boolean);
          console.log(terminalSafe(head.join("  ")));
          console.log(`    "${terminalSafe(c.evidence)}"`);
          if (c.original) {
            const was = c.review?.correction
              ? Object.keys(c.review.correction)
                  .map((k) => `${k}=${JSON.stringify((c.original as unknown as Record<string, unknown>)[k])}`)
                  .join(", ")
              : "";
            console.log(`    extracted as: ${terminalSafe(was)}`);
          }
        }
        console.log(`${page.items.length} of ${page.total} claims`);
      });
    });
}

import type { Command } from "commander";
import type { AssessmentSnapshot } from "../../assess/types.ts";
import { DB_HELP } from "../options.ts";

interface AssessOptions {
  db?: string;
  override?: string[];
  author?: string;
  correct?: string;
  kind: string;
  text?: string;
  json?: boolean;
  claims?: string;
  docs?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `flowwatch assess`: rebuild series and findings, save a snapshot, manage overrides and corrections. */
export function register(program: Command): void {
  program
    .command("assess")
    .description(
      "reconcile claims into series and findings, save a snapshot; set reliability overrides; log corrections",
    )
    .option("--db <db>", DB_HELP)
    .option(
      "--override <id=grade[:reason]>",
      "set an analyst reliability grade for an origin (repeatable), e.g. ru-gov=C:matches imagery",
      collect,
    )
    .option("--correct <findingId>", "append a correction / right-of-reply entry to a finding")
    .option("--kind <kind>", "correction | right_of_reply | note", "correction")
    .option("--text <text>", "text of the correction entry")
    .option("--author <name>", "who made the change", process.env.USER ?? "analyst")
    .option("--json", "print the snapshot as JSON")
    .option(
      "--claims <file.jsonl>",
      "assess a JSONL file of contract claims directly (no store, no extraction, nothing saved)",
    )
    .option("--docs <dir>", "with --claims: read each document's header and text from DIR/<doc>.txt")
    .action(async (opts: AssessOptions) => {
      if (opts.docs && !opts.claims) throw new Error("--docs is only used with --claims");
      if (opts.claims) {
        const { assessFromClaimsFile } = await import("../../report/from-claims.ts");
        const run = await assessFromClaimsFile(opts.claims, opts.docs);
        for (const e of run.errors) console.error(`flowwatch assess: skipped ${e}`);
        printSnapshot(
          run.snapshot,
          `${run.documents} documents, ${run.engine.claimCount} claims from ${opts.claims}`,
          opts.json,
        );
        return;
      }
      const { defaultDb, withStore } = await import("../../store/index.ts");
      if (opts.override?.length || opts.correct) {
        await withStore(opts, async (store) => {
          for (const o of opts.override ?? []) {
            const m = o.match(/^([^=]+)=([A-F])(?::(.*))?$/);
            if (!m) throw new Error(`--override "${o}": expected ORIGIN_ID=GRADE[:reason] with GRADE A-F`);
            await store.assessments.putOverride(
              m[1].trim(),
              m[2] as "A",
              m[3]?.trim() ?? null,
              opts.author ?? null,
            );
            console.log(`override: ${m[1].trim()} → ${m[2]}`);
          }
          if (opts.correct) {
            if (!["correction", "right_of_reply", "note"].includes(opts.kind))
              throw new Error(`--kind must be correction, right_of_reply or note, got "${opts.kind}"`);
            if (!opts.text) throw new Error("--correct needs --text");
            const entry = await store.assessments.appendCorrection({
              findingId: opts.correct,
              kind: opts.kind as "note",
              author: opts.author ?? "analyst",
              text: opts.text,
            });
            console.log(`correction #${entry.seq} appended to ${entry.findingId}`);
          }
        });
        return;
      }
      const { assessFromStore } = await import("../../report/from-store.ts");
      const db = opts.db ?? defaultDb();
      const run = await assessFromStore(db);
      try {
        for (const e of run.errors) console.error(`flowwatch assess: skipped ${e}`);
        const runId = await run.store.assessments.save(run.snapshot, {
          documents: run.documents,
          claims: run.engine.claimCount,
        });
        const reviewed =
          run.rejected || run.corrected
            ? `; reviews applied: ${run.rejected} rejected claim(s) left out, ${run.corrected} corrected`
            : "";
        printSnapshot(
          run.snapshot,
          `assessment run ${runId}: ${run.documents} documents, ${run.engine.claimCount} claims${reviewed}`,
          opts.json,
        );
        // alerts: new contradictions and findings whose status changed
        const { runAlertsAfter } = await import("../../alerts/run.ts");
        await runAlertsAfter(run.store, db, "assess", (l) => (opts.json ? console.error(l) : console.log(l)));
      } finally {
        await run.store.close();
      }
    });
}

function printSnapshot(s: AssessmentSnapshot, head: string, json?: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(s, (_k, v) => (v === Infinity ? null : v), 2) + "\n");
    return;
  }
  console.log(head);
  console.log(
    `${s.series.length} series, ${s.findings.length} findings (${s.findings.filter((f) => f.status === "corroborated").length} corroborated), ${s.contradictions.length} contradictions, ${s.circular.length} circular, ${Object.keys(s.clusters).length} documents in duplicate clusters`,
  );
  for (const f of s.findings) console.log(`- [${f.status}] ${f.statement} (${f.id})`);
}

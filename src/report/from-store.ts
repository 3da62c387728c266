// Runs the assessment over everything in a store, for the report/export/assess commands.
import type { PartyHit } from "../assess/types.ts";
import type { ReliabilityOverrides } from "../assess/sources.ts";
import type { CorrectionEntry } from "../assess/types.ts";

/**
 * `overridesFile`: a JSON object of origin id → grade (or { grade, reason }) laid over the
 * overrides stored in the database, for a one-off "what if" report.
 */
export async function assessFromStore(db: string, opts: { since?: string; overridesFile?: string } = {}) {
  let fileOverrides: ReliabilityOverrides = {};
  if (opts.overridesFile) {
    const { readFileSync } = await import("node:fs");
    const { parseOverrides } = await import("../assess/sources.ts");
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(opts.overridesFile, "utf8"));
    } catch (err) {
      throw new Error(`${opts.overridesFile}: cannot read overrides: ${(err as Error).message}`);
    }
    fileOverrides = parseOverrides(json, opts.overridesFile);
  }
  const { openStore } = await import("../store/index.ts");
  const { assess } = await import("../assess/index.ts");
  const store = await openStore(db);
  try {
    // Analysts' reviews apply everywhere: rejected claims out, corrections overlaid.
    const input = await store.assessments.loadReviewedInput(opts);
    const overrides: ReliabilityOverrides = { ...(await store.assessments.overrides()), ...fileOverrides };
    const corrections: CorrectionEntry[] = await store.assessments.corrections();
    const parties: PartyHit[] = input.parties;
    const { snapshot, engine, errors } = assess(input.batch, { parties, overrides });
    return {
      store,
      snapshot,
      engine,
      errors,
      parties,
      overrides,
      corrections,
      review: input.review,
      rejected: input.rejected,
      corrected: input.corrected,
      documents: input.batch.length,
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

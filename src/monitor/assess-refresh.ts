// The assess-refresh stage: rebuild series and findings from the stored claims and save a snapshot
// (what `flowwatch assess` does), run after new documents arrive.

export async function refreshAssessment(db: string): Promise<number> {
  const { assessFromStore } = await import("../report/from-store.ts");
  const run = await assessFromStore(db);
  try {
    const runId = await run.store.assessments.save(run.snapshot, {
      documents: run.documents,
      claims: run.engine.claimCount,
    });
    // alerts: the new claims, contradictions and finding changes this refresh follows
    const { runAlertsAfter } = await import("../alerts/run.ts");
    await runAlertsAfter(run.store, db, "assessment refresh");
    return runId;
  } finally {
    await run.store.close();
  }
}

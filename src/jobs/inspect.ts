// What `flowwatch jobs` shows and does: counts by state, failures with their reasons, retry, purge.
// Reads graphile-worker's tables directly (read-only); changes go through its WorkerUtils.
import pg from "pg";
import { jobsSchema } from "./queue.ts";

export type JobState = "queued" | "scheduled" | "running" | "retrying" | "failed";

export interface JobRow {
  id: string;
  task: string;
  key: string | null;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: string;
}

/** The state of one job row: failed = attempts used up (dead letter); retrying = failed before, waiting. */
export function jobState(
  r: {
    locked_at: Date | null;
    attempts: number;
    max_attempts: number;
    run_at: Date;
    last_error: string | null;
  },
  now = new Date(),
): JobState {
  if (r.locked_at) return "running";
  if (r.attempts >= r.max_attempts) return "failed";
  if (r.last_error) return "retrying";
  return r.run_at > now ? "scheduled" : "queued";
}

export async function listJobs(db: string): Promise<JobRow[]> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const schema = client.escapeIdentifier(jobsSchema());
    const res = await client.query<{
      id: string;
      identifier: string;
      key: string | null;
      locked_at: Date | null;
      attempts: number;
      max_attempts: number;
      last_error: string | null;
      run_at: Date;
    }>(
      `SELECT j.id::text AS id, t.identifier, j.key, j.locked_at, j.attempts, j.max_attempts, j.last_error, j.run_at
         FROM ${schema}._private_jobs j JOIN ${schema}._private_tasks t ON t.id = j.task_id ORDER BY j.id`,
    );
    const now = new Date();
    return res.rows.map((r) => ({
      id: r.id,
      task: r.identifier,
      key: r.key,
      state: jobState(r, now),
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      lastError: r.last_error,
      runAt: r.run_at.toISOString(),
    }));
  } finally {
    await client.end();
  }
}

export function countByState(jobs: JobRow[]): Record<JobState, number> {
  const counts: Record<JobState, number> = { queued: 0, scheduled: 0, running: 0, retrying: 0, failed: 0 };
  for (const j of jobs) counts[j.state]++;
  return counts;
}

/** Whether graphile-worker has created its schema in this database (it does when a worker first starts). */
export async function queueInstalled(db: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const res = await client.query<{ present: boolean }>("SELECT to_regclass($1) IS NOT NULL AS present", [
      `${client.escapeIdentifier(jobsSchema())}._private_jobs`,
    ]);
    return res.rows[0]?.present === true;
  } finally {
    await client.end();
  }
}

// What `flowwatch ingest` and `flowwatch demo` share: run the pipeline (with the screen stage
// after storing) and draw its progress — a progress bar on a terminal from the pipeline's
// progress callback — then one `error: <path>: <reason>` line per failure and the summary line.
import type { Store } from "../store/index.ts";
import {
  defaultAfterStages,
  ingestIntoStore,
  type AfterStage,
  type IngestSummary,
  type PipelineStages,
} from "../pipeline/index.ts";

/** Article text and file names are untrusted: drop control characters (ANSI escapes) before printing. */
export function terminalSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

export function summaryLine(s: IngestSummary): string {
  const langs = Object.entries(s.languages ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([l, n]) => `${l} ${n}`)
    .join(", ");
  return `ingested ${s.ingested}${langs ? ` (${langs})` : ""}, duplicates ${s.duplicates}, failed ${s.failed} (claims ${s.claims})`;
}

export interface ReportedIngest extends IngestSummary {
  /** Failed documents plus failed `after` stages: anything that deserves exit code 1. */
  errors: number;
}

export interface ReportOptions {
  stdout?: NodeJS.WritableStream;
  /** The progress bar is drawn only when this is a TTY. */
  stderr?: NodeJS.WritableStream;
  stages?: Partial<PipelineStages>;
  threads?: number;
  limits?: Partial<import("../ingest/limits.ts").IngestLimits>;
  /** Stages after storing (default: the screen stage). */
  after?: readonly AfterStage[];
}

export async function ingestWithReport(
  store: Store,
  paths: string[],
  opts: ReportOptions = {},
): Promise<ReportedIngest> {
  const out = { stdout: opts.stdout ?? process.stdout, stderr: opts.stderr ?? process.stderr };
  const after = opts.after ?? (await defaultAfterStages());
  const tty = Boolean((out.stderr as NodeJS.WriteStream).isTTY);
  const deferredLines: string[] = [];
  let bar: import("cli-progress").SingleBar | null = null;
  if (tty) {
    const { default: cliProgress } = await import("cli-progress");
    bar = new cliProgress.SingleBar(
      {
        stream: out.stderr as NodeJS.WriteStream,
        format: "ingest [{bar}] {value}/{total} files  {file}",
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
  }
  let started = false;
  let errors = 0;
  const summary = await ingestIntoStore(store, paths, {
    stages: opts.stages,
    threads: opts.threads,
    limits: opts.limits,
    after,
    onProgress(done, total, file) {
      if (!bar) return;
      const name = terminalSafe(file).slice(-50);
      if (!started) {
        bar.start(total, done, { file: name });
        started = true;
      } else bar.update(done, { file: name });
    },
    onError(file, reason) {
      errors++;
      const line = `error: ${terminalSafe(file)}: ${terminalSafe(reason)}`;
      // While the bar is drawn, printing would tear it; the lines follow once it is gone.
      if (bar) deferredLines.push(line);
      else out.stderr.write(`${line}\n`);
    },
    onWarning(file, message) {
      const line = `warning: ${terminalSafe(file)}: ${terminalSafe(message)}`;
      if (bar) deferredLines.push(line);
      else out.stderr.write(`${line}\n`);
    },
  });
  if (bar && started) bar.stop();
  for (const line of deferredLines) out.stderr.write(`${line}\n`);
  out.stdout.write(`${summaryLine(summary)}\n`);
  return { ...summary, errors };
}

// Options `ingest` and `extract` share: input limits and worker threads.
import type { Command } from "commander";
import type { IngestLimits } from "../ingest/limits.ts";

export interface ReadCliOptions {
  threads?: string;
  maxFileMb?: string;
  maxChars?: string;
}

export function addReadOptions(cmd: Command): Command {
  return cmd
    .option("--threads <n>", "worker threads for parsing and extraction (default: one per core; 1 = none)")
    .option("--max-file-mb <mb>", "refuse files larger than this (default 20, or $FLOWWATCH_MAX_FILE_MB)")
    .option(
      "--max-chars <n>",
      "refuse documents longer than this (default 2000000, or $FLOWWATCH_MAX_CHARS)",
    );
}

function positive(name: string, raw: string | undefined, integer: boolean): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || !(n > 0) || (integer && !Number.isInteger(n)))
    throw new Error(`${name} must be a ${integer ? "whole " : ""}number > 0, got "${raw}"`);
  return n;
}

export function readSettings(opts: ReadCliOptions): { threads?: number; limits: Partial<IngestLimits> } {
  const threads = positive("--threads", opts.threads, true);
  const mb = positive("--max-file-mb", opts.maxFileMb, false);
  const chars = positive("--max-chars", opts.maxChars, true);
  const limits: Partial<IngestLimits> = {};
  if (mb !== undefined) limits.maxFileBytes = Math.round(mb * 1e6);
  if (chars !== undefined) limits.maxTextChars = chars;
  return { threads, limits };
}

// Bounds on what one input may cost. Hostile or careless inputs (a 5 GB log, HTML nested 100,000
// deep, a PDF that explodes in memory) must end in a one-line error in seconds, never a hang or a
// crash. Every limit can be raised from the CLI (`--max-file-mb`, `--max-chars`) or the environment.

export interface IngestLimits {
  /** Largest file read, in bytes (default 20 MB; `FLOWWATCH_MAX_FILE_MB`). */
  maxFileBytes: number;
  /** Longest document text kept, in characters (default 2,000,000; `FLOWWATCH_MAX_CHARS`). */
  maxTextChars: number;
  /** Most HTML elements parsed in one page (default 100,000). */
  maxHtmlElements: number;
  /** Deepest HTML nesting parsed (default 1,000; real pages stay under 100). */
  maxHtmlDepth: number;
  /** Elements Readability looks at before giving up (falls back to the cleaned body). */
  maxReadabilityElements: number;
  /** Heap cap of the PDF parser's worker thread, in MB (default 256). */
  pdfMemoryMb: number;
  /** Time allowed to parse one PDF, in ms (default 20,000). */
  pdfTimeoutMs: number;
}

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function defaultLimits(): IngestLimits {
  return {
    maxFileBytes: Math.round((envNumber("FLOWWATCH_MAX_FILE_MB") ?? 20) * 1e6),
    maxTextChars: Math.round(envNumber("FLOWWATCH_MAX_CHARS") ?? 2_000_000),
    maxHtmlElements: 100_000,
    maxHtmlDepth: 1_000,
    maxReadabilityElements: 20_000,
    pdfMemoryMb: 256,
    pdfTimeoutMs: 20_000,
  };
}

/** The defaults with `given` fields laid over them. */
export function resolveLimits(given: Partial<IngestLimits> = {}): IngestLimits {
  const out = defaultLimits();
  for (const [k, v] of Object.entries(given)) {
    if (typeof v === "number" && Number.isFinite(v) && v > 0)
      (out as unknown as Record<string, number>)[k] = v;
  }
  return out;
}

/** "20 MB", "512 KB": sizes in error messages. */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)} KB`;
  return `${n} bytes`;
}

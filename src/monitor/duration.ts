// `--every 15m` and friends: a whole number followed by s, m, h or d.
const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds in a duration such as `90s`, `15m`, `2h`, `1d`; throws on anything else. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+)\s*([smhd])\s*$/i.exec(text);
  if (!m || Number(m[1]) <= 0)
    throw new Error(`invalid duration "${text}": expected e.g. 30s, 15m, 2h or 1d`);
  return Number(m[1]) * UNIT[m[2].toLowerCase()];
}

/** The shortest exact spelling of a number of seconds (`900` → `15m`). */
export function formatDuration(seconds: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    if (seconds % UNIT[unit] === 0) return `${seconds / UNIT[unit]}${unit}`;
  }
  return `${seconds}s`;
}

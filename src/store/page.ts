// Page bounds shared by every listing: a whole number of items from 0 to `max` (default 50), and
// an offset of 0 or more, whatever the caller passed.
export function pageBounds(
  limit: number | undefined,
  offset: number | undefined,
  max = 1000,
): { limit: number; offset: number } {
  const l = Number.isFinite(limit) ? Math.trunc(limit as number) : 50;
  const o = Number.isFinite(offset) ? Math.trunc(offset as number) : 0;
  return { limit: Math.min(Math.max(l, 0), max), offset: Math.max(o, 0) };
}

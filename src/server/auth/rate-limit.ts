// Counts sign-in attempts per key (username + client address) in a sliding window, in memory. An
// attempt is counted (reserved) before the password is checked and forgiven when it succeeds, so
// parallel guesses cannot all pass the check while the first ones are still being verified.
// A restart forgets the counts; that is acceptable for slowing down password guessing on one server.

export interface RateLimitOptions {
  /** Failures allowed inside the window before further attempts are refused. Default 5. */
  max?: number;
  /** Window length in milliseconds. Default 60 000. */
  windowMs?: number;
  /** Keys tracked at most; the oldest are dropped beyond it so the map cannot grow without bound. */
  maxKeys?: number;
}

export class FailureLimiter {
  readonly max: number;
  readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly failures = new Map<string, number[]>();

  constructor(opts: RateLimitOptions = {}) {
    this.max = opts.max ?? 5;
    this.windowMs = opts.windowMs ?? 60_000;
    this.maxKeys = opts.maxKeys ?? 10_000;
  }

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Seconds until another attempt is allowed, or 0 when the key may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const times = this.recent(key, now);
    if (times.length < this.max) return 0;
    return Math.max(1, Math.ceil((times[times.length - this.max] + this.windowMs - now) / 1000));
  }

  fail(key: string, now = Date.now()): void {
    const times = this.recent(key, now);
    times.push(now);
    this.failures.delete(key);
    this.failures.set(key, times);
    while (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** Forgets one attempt recorded at `at` (a reservation whose sign-in succeeded). */
  release(key: string, at: number): void {
    const times = this.failures.get(key);
    const i = times?.lastIndexOf(at) ?? -1;
    if (i >= 0) times!.splice(i, 1);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}

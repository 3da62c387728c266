// A small pool of worker threads for the CPU work of ingest and extract (parse, split, extract).
// Tasks go to the worker with the fewest in flight; results come back through promises, and
// `orderedMap` hands them on in input order, so output never depends on the thread count or on
// which thread finished first. A worker that dies fails its tasks (the files are reported, the
// run goes on) and is replaced.
import { Worker } from "node:worker_threads";
import os from "node:os";

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, Pending>;
}

/** Worker threads to use by default: one per core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism());
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.script);
    const pending = new Map<number, Pending>();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
    ready.catch(() => undefined);
    const slot: Slot = { worker, ready, pending };
    worker.on("message", (m: { id?: number; results?: unknown; error?: string }) => {
      if (m.id === undefined) return;
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.results);
    });
    const fail = (err: Error) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      const at = this.slots.indexOf(slot);
      if (at >= 0 && !this.closed) this.slots[at] = this.spawn();
    };
    worker.on("error", (err) => fail(new Error(`worker thread failed: ${err.message}`)));
    worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`worker thread stopped (exit code ${code})`));
    });
    return slot;
  }

  /** Sends one task to the least busy worker. */
  async run<R>(message: Record<string, unknown>): Promise<R> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = ++this.nextId;
    const result = new Promise<R>((resolve, reject) =>
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    await slot.ready;
    slot.worker.postMessage({ ...message, id });
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Maps `source` through `run` with up to `window` calls in flight, yielding results in source
 * order. The source is pulled only as results are taken, so memory stays flat with input size.
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  const it = source[Symbol.asyncIterator]();
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && queue.length < window) {
      const next = await it.next();
      if (next.done) exhausted = true;
      else {
        const p = run(next.value);
        p.catch(() => undefined); // awaited in order below
        queue.push(p);
      }
    }
  };
  for (;;) {
    await fill();
    const head = queue.shift();
    if (!head) return;
    yield await head;
  }
}

/** Groups a stream into arrays of up to `size` items, or `maxBytes` of `bytesOf`. */
export async function* chunked<T>(
  source: AsyncIterable<T>,
  size: number,
  bytesOf: (item: T) => number = () => 0,
  maxBytes = Infinity,
): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  let bytes = 0;
  for await (const item of source) {
    chunk.push(item);
    bytes += bytesOf(item);
    if (chunk.length >= size || bytes >= maxBytes) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * Pulls up to `ahead` items from `source` before they are asked for, so the producer (worker
 * threads reading and extracting) keeps going while the consumer is busy (storing a batch).
 * Items come out in source order; memory is bounded by `ahead`.
 */
export async function* prefetch<T>(source: AsyncIterable<T>, ahead: number): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const pending: Promise<IteratorResult<T>>[] = [];
  let ended = false;
  const ask = () => {
    const p = it.next();
    p.catch(() => undefined); // awaited in order below
    pending.push(p);
  };
  try {
    for (;;) {
      while (!ended && pending.length < Math.max(1, ahead)) ask();
      const next = await pending.shift()!;
      if (next.done) {
        ended = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!ended) await it.return?.(undefined);
  }
}

// The assessment the estimate routes (series, findings, network) serve, built off the event loop.
// With a database the server can reopen (a file or PostgreSQL), the build runs in a worker thread;
// an in-memory store is built in-process. One build at a time per server; while a newer version is
// being built, callers get the previous one at once (its `stamp` and `builtAt` say which it is).
import { Worker } from "node:worker_threads";
import type { FastifyInstance } from "fastify";
import type { ReferenceOptions } from "../../reference/index.ts";
import { HttpError } from "../errors.ts";
import { estimatesFor, type EstimatesData } from "./estimates.ts";

interface ServiceState {
  current: EstimatesData | null;
  building: { stamp: string; data: Promise<EstimatesData> } | null;
}

/** How long a request waits for a build in progress before it gets the previous version. */
const FRESH_WAIT_MS = 2000;

const delay = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms).unref());

/** Starts building the assessment in the background (at server start), so the first reader waits less. */
export function warmEstimates(app: FastifyInstance, db: string | undefined): void {
  if (reopenable(db)) servedEstimates(app, db).catch(() => undefined);
}

const states = new WeakMap<FastifyInstance, ServiceState>();

// One worker per server, kept between builds (it holds the engine a review refresh starts from).
const workers = new WeakMap<FastifyInstance, Worker>();

function workerFor(app: FastifyInstance, db: string, reference: ReferenceOptions): Worker {
  let worker = workers.get(app);
  if (!worker) {
    worker = new Worker(new URL("./estimates-worker.mjs", import.meta.url), {
      workerData: { db, reference },
    });
    // An idle worker must not keep the process alive; a dead one is replaced on the next build.
    worker.unref();
    const w = worker;
    w.once("exit", () => workers.get(app) === w && workers.delete(app));
    workers.set(app, worker);
  }
  return worker;
}

/** Ends the server's assessment worker (called when the server closes). */
export async function stopEstimatesWorker(app: FastifyInstance): Promise<void> {
  const worker = workers.get(app);
  if (!worker) return;
  workers.delete(app);
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.postMessage("close");
  await Promise.race([exited, delay(2000, null)]);
  await worker.terminate();
}

let requests = 0;

function buildInWorker(app: FastifyInstance, db: string): Promise<EstimatesData> {
  const worker = workerFor(app, db, app.reference.options);
  const id = ++requests;
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    };
    const onMessage = (m: { id: number; ok: boolean; data?: EstimatesData; message?: string }) => {
      if (m.id !== id) return; // the answer to another build
      done();
      if (m.ok) resolve(m.data!);
      else reject(new Error(`assessment build failed: ${m.message}`));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`assessment worker exited with ${code}`));
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage({ build: id });
  });
}

/** True for a database another thread can open: a file or PostgreSQL, not `:memory:`. */
export function reopenable(db: string | undefined): db is string {
  return !!db && db !== ":memory:" && !db.startsWith("file::memory:");
}

export async function servedEstimates(app: FastifyInstance, db: string | undefined): Promise<EstimatesData> {
  if (!reopenable(db)) return estimatesFor(app.store, app.reference);
  let state = states.get(app);
  if (!state) states.set(app, (state = { current: null, building: null }));
  const stamp = await app.store.assessments.stamp();
  if (state.current?.stamp === stamp) return state.current;
  if (!state.building || state.building.stamp !== stamp) {
    const s = state;
    const building = {
      stamp,
      data: buildInWorker(app, db).then((data) => {
        // Newer than what is served (builds can finish out of order): serve it from now on.
        if (!s.current || s.current.builtAt <= data.builtAt) s.current = data;
        return data;
      }),
    };
    building.data
      .catch(() => undefined)
      .finally(() => {
        if (s.building === building) s.building = null;
      });
    state.building = building;
  }
  // Stale while revalidating: wait a little for the new version, else serve the previous one; with
  // no previous one, a 503 that says when to ask again (a first build of a large record takes long).
  if (!state.current) {
    const waited = await Promise.race([state.building!.data, delay(FRESH_WAIT_MS, null)]);
    if (waited) return waited;
    throw new HttpError(503, "the assessment is being built; try again in a few seconds", undefined, 5);
  }
  const current = state.current;
  const timer = new Promise<EstimatesData>((resolve) =>
    setTimeout(() => resolve(current), FRESH_WAIT_MS).unref(),
  );
  return Promise.race([state.building!.data.catch(() => current), timer]);
}

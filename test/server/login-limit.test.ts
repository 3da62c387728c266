// The failed sign-in limit holds under parallel guesses: the attempt is counted before the password
// check, so 100 simultaneous wrong passwords cannot all reach the check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import type { Store } from "../../src/store/store.ts";
import { fixtureStore } from "./fixtures.ts";
import { addAccounts, inject, PASSWORD } from "./accounts.ts";

let store: Store;
let app: FastifyInstance;
beforeAll(async () => {
  store = await fixtureStore();
  await addAccounts(store);
  app = await buildServer({ store });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const login = (username: string, password: string, remoteAddress: string) =>
  inject(app, { method: "POST", url: "/api/auth/login", payload: { username, password }, remoteAddress });

describe("parallel sign-in guesses", () => {
  it("lets only the limit through to the password check; the rest get 429", async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        login("test-viewer", `parallel wrong guess ${i}`, "198.51.100.7"),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(95);
  }, 60_000);

  it("does not count a successful sign-in against the address", async () => {
    const ip = "198.51.100.8";
    const strict = await buildServer({ store, loginLimit: { perAddress: 2 } });
    try {
      for (let i = 0; i < 4; i++)
        expect(
          (
            await inject(strict, {
              method: "POST",
              url: "/api/auth/login",
              payload: { username: "test-analyst", password: PASSWORD },
              remoteAddress: ip,
            })
          ).status,
        ).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

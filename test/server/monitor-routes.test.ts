// The monitor's sources and job queue over the API: admins add, pause, resume and remove sources
// (audited, with clear refusals of bad input); everyone who reads sees them with their counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import type { Store } from "../../src/store/index.ts";
import type { Role } from "../../src/auth/roles.ts";
import { fixtureStore } from "./fixtures.ts";
import { addAccounts, inject, type TestAccount } from "./accounts.ts";

let store: Store;
let app: FastifyInstance;
let accounts: Record<Role, TestAccount>;

beforeAll(async () => {
  store = await fixtureStore();
  accounts = await addAccounts(store);
  app = await buildServer({ store });
});

afterAll(async () => {
  await app.close();
  await store.close();
});

const as = (role: Role) => ({ authorization: `Bearer ${accounts[role].token}` });

interface SourceOut {
  id: number;
  url: string;
  status: string;
  documents: number;
  claims: number;
  etag?: unknown;
}

describe("watched sources over the API", () => {
  let id = 0;

  it("lets an admin add a source and shows it to a viewer with its counts", async () => {
    const added = await inject(app, {
      method: "POST",
      url: "/api/monitor/sources",
      headers: as("admin"),
      payload: { url: "https://wire.example/feed.xml", kind: "rss", every: "15m", outlet: "Example Wire" },
    });
    expect(added.status).toBe(201);
    const source = added.body as SourceOut;
    id = source.id;
    expect(source).toMatchObject({ url: "https://wire.example/feed.xml", status: "active", claims: 0 });
    expect(source.etag).toBeUndefined();

    // A document the source brought, with the fixture's claims: the list counts them.
    const doc = (await store.listDocuments({ limit: 1 })).items[0];
    await store.sources.markSeen(
      { url: "https://wire.example/a1", sourceId: id, canonicalUrl: null, docId: doc.id, contentHash: null },
      true,
    );
    const listed = await inject(app, { method: "GET", url: "/api/monitor/sources", headers: as("viewer") });
    expect(listed.status).toBe(200);
    const row = (listed.body as { items: SourceOut[] }).items.find((s) => s.id === id)!;
    expect(row.documents).toBe(1);
    expect(row.claims).toBe(doc.claimCount);
    expect(row.claims).toBeGreaterThan(0);
  });

  it("refuses a bad URL, scheme, interval or a source already watched, saying what is wrong", async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ url: "not a url", kind: "rss", every: "15m" }, /invalid URL/],
      [{ url: "file:///etc/passwd", kind: "rss", every: "15m" }, /only http\(s\)/],
      [{ url: "https://wire.example/other", kind: "rss", every: "10s" }, /once a minute/],
      [{ url: "https://wire.example/other", kind: "rss", every: "often" }, /invalid duration/],
      [{ url: "https://wire.example/feed.xml", kind: "rss", every: "1h" }, /already watched/],
    ];
    for (const [payload, message] of cases) {
      const res = await inject(app, {
        method: "POST",
        url: "/api/monitor/sources",
        headers: as("admin"),
        payload,
      });
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect((res.body as { message: string }).message).toMatch(message);
    }
  });

  it("keeps source management to admins", async () => {
    const res = await inject(app, {
      method: "POST",
      url: `/api/monitor/sources/${id}/status`,
      headers: as("analyst"),
      payload: { status: "paused" },
    });
    expect(res.status).toBe(403);
  });

  it("pauses, resumes and removes a source, each in the audit log", async () => {
    const pause = (status: string) =>
      inject(app, {
        method: "POST",
        url: `/api/monitor/sources/${id}/status`,
        headers: as("admin"),
        payload: { status },
      });
    expect(((await pause("paused")).body as SourceOut).status).toBe("paused");
    expect(((await pause("active")).body as SourceOut).status).toBe("active");
    const removed = await inject(app, {
      method: "DELETE",
      url: `/api/monitor/sources/${id}`,
      headers: as("admin"),
    });
    expect(removed.status).toBe(204);
    const again = await inject(app, {
      method: "DELETE",
      url: `/api/monitor/sources/${id}`,
      headers: as("admin"),
    });
    expect(again.status).toBe(404);
    const audit = await inject(app, {
      method: "GET",
      url: "/api/audit?action=source.",
      headers: as("admin"),
    });
    const actions = (audit.body as { items: { action: string }[] }).items.map((e) => e.action);
    expect(actions.sort()).toEqual(["source.add", "source.pause", "source.remove", "source.resume"]);
  });

  it("says the embedded database runs its stages in-process, with no queue to show", async () => {
    const res = await inject(app, { method: "GET", url: "/api/monitor/jobs", headers: as("admin") });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ engine: "in-process", failures: [] });
  });
});

// The review workflow over the API: an analyst corrects and rejects claims, the claim list and
// detail show the latest decision with the original beside a correction, and admins read the audit
// log (JSON and CSV) and manage accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import type { Role } from "../../src/auth/roles.ts";
import type { Store } from "../../src/store/store.ts";
import { fixtureStore, TOTAL_CLAIMS } from "./fixtures.ts";
import { addAccounts, inject, sessionFor, type TestAccount } from "./accounts.ts";
import { csvCell, toCsv } from "../../src/server/csv.ts";

let store: Store;
let app: FastifyInstance;
let accounts: Record<Role, TestAccount>;
let analyst: Record<string, string>;
let admin: Record<string, string>;
/** The claim "About 12,000 workers … Russia" and the claim "Up to 3,000 more" (ids from the store). */
let labourId: number;
let plannedId: number;

beforeAll(async () => {
  store = await fixtureStore();
  accounts = await addAccounts(store);
  app = await buildServer({ store });
  const s = await sessionFor(store, accounts.analyst.user);
  analyst = { cookie: s.cookie, "x-csrf-token": s.csrf };
  admin = { authorization: `Bearer ${accounts.admin.token}` };
  const claims = (await store.listClaims({ limit: 100 })).items;
  labourId = claims.find((c) => c.quantity === 12000)!.id;
  plannedId = claims.find((c) => c.event === "deployment_planned")!.id;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const review = (claimId: number, payload: unknown, headers = analyst) =>
  inject(app, { method: "POST", url: `/api/claims/${claimId}/reviews`, headers, payload: payload as object });
const get = (url: string, headers: Record<string, string> = analyst) =>
  inject(app, { method: "GET", url, headers });

describe("reviewing a claim", () => {
  it("lists every problem with an invalid review in a 400", async () => {
    const res = await review(labourId, {
      decision: "correct",
      correction: { quantity: [5000, 100], qualifier: "roughly", colour: "red" },
    });
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual(
      expect.arrayContaining([
        'unknown field "colour"',
        "quantity must be a number or [low, high] with low ≤ high",
        'unknown qualifier "roughly"',
      ]),
    );
    expect((await review(labourId, { decision: "correct" })).body.problems).toEqual([
      'decision "correct" needs a "correction" object',
    ]);
    expect((await review(labourId, { decision: "accept", correction: { unit: "x" } })).status).toBe(400);
    expect((await review(labourId, { decision: "approve" })).status).toBe(400);
    expect((await review(999_999, { decision: "accept" })).status).toBe(404);
    expect((await get(`/api/claims/${labourId}/reviews`)).body.items).toEqual([]);
  });

  it("stores a correction beside the claim: the claim shows the corrected values and the original", async () => {
    const res = await review(labourId, {
      decision: "correct",
      correction: { quantity: [11000, 13000], qualifier: "range", destination: "Russian Far East" },
      note: "The briefing gave a range.",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ claimId: labourId, decision: "correct", author: "test-analyst" });

    const claim = (await get(`/api/claims/${labourId}`)).body;
    expect(claim).toMatchObject({
      quantity: [11000, 13000],
      qualifier: "range",
      destination: "Russian Far East",
      unit: "persons",
      review: { decision: "correct", author: "test-analyst", note: "The briefing gave a range." },
      original: { id: labourId, quantity: 12000, qualifier: "approx", destination: "Russia" },
    });
    // The evidence is untouched: the stored claim still says what the sentence says.
    expect((await store.getClaim(labourId))!.quantity).toBe(12000);
    const doc = (await get(`/api/documents/${claim.docId}`)).body;
    expect(doc.claims.find((c: { id: number }) => c.id === labourId)).toMatchObject({
      quantity: [11000, 13000],
      original: { quantity: 12000 },
    });
  });

  it("lets the latest decision win and keeps every decision in the claim's history", async () => {
    expect((await review(plannedId, { decision: "accept" })).status).toBe(201);
    expect((await review(plannedId, { decision: "reject", note: "A forecast, not a count." })).status).toBe(
      201,
    );
    const history = (await get(`/api/claims/${plannedId}/reviews`)).body.items;
    expect(history.map((r: { decision: string }) => r.decision)).toEqual(["accept", "reject"]);
    const claim = (await get(`/api/claims/${plannedId}`)).body;
    expect(claim.review).toMatchObject({ decision: "reject", note: "A forecast, not a count." });
    expect(claim.original).toBeNull();
    expect(claim.quantity).toBe(3000);
  });

  it("filters the claim list by review state and latest decision, with exact totals", async () => {
    const reviewed = (await get("/api/claims?reviewed=true")).body;
    expect(reviewed.total).toBe(2);
    expect(reviewed.items.map((c: { id: number }) => c.id).sort()).toEqual([labourId, plannedId].sort());
    const unreviewed = (await get("/api/claims?reviewed=false&limit=3")).body;
    expect(unreviewed.total).toBe(TOTAL_CLAIMS - 2);
    expect(unreviewed.items).toHaveLength(3);
    expect(unreviewed.items.every((c: { review: unknown }) => c.review === null)).toBe(true);
    expect((await get("/api/claims?decision=reject")).body.items.map((c: { id: number }) => c.id)).toEqual([
      plannedId,
    ]);
    // "accept" was superseded by "reject", so no claim's latest decision is accept.
    expect((await get("/api/claims?decision=accept")).body.total).toBe(0);
    const corrected = (await get("/api/claims?decision=correct&subject=workers")).body;
    expect(corrected.items.map((c: { id: number }) => c.id)).toEqual([labourId]);
    expect((await get("/api/claims?decision=correct&subject=troops")).body.total).toBe(0);
    expect((await get("/api/claims?reviewed=false&decision=reject")).status).toBe(400);
  });

  it("refuses a review from a viewer", async () => {
    const viewer = { authorization: `Bearer ${accounts.viewer.token}` };
    expect((await review(labourId, { decision: "accept" }, viewer)).status).toBe(403);
  });
});

describe("the audit log", () => {
  it("records each review with its author, readable by admins only", async () => {
    const res = await get(`/api/audit?targetType=claim&targetId=${labourId}`, admin);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      actor: "test-analyst",
      action: "review.correct",
      targetType: "claim",
      targetId: String(labourId),
      detail: { correction: { quantity: [11000, 13000] } },
    });
    expect((await get("/api/audit?action=review.", admin)).body.items).toHaveLength(3);
    expect((await get("/api/audit?actor=test-analyst&limit=1", admin)).body.items).toHaveLength(1);
    expect((await get("/api/audit")).status).toBe(403);
  });

  it("exports CSV with a header row and formula-looking cells neutralised", async () => {
    await review(labourId, { decision: "accept", note: '=HYPERLINK("http://x.example","click")' });
    const res = await inject(app, {
      method: "GET",
      url: "/api/audit?format=csv&action=review.",
      headers: admin,
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toContain("attachment");
    const lines = res.raw.trim().split("\r\n");
    expect(lines[0]).toBe("id,at,actor,action,targetType,targetId,detail");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(",test-analyst,review.accept,claim,");
    // The note sits inside the JSON detail cell, which is quoted; no cell starts with "=".
    for (const line of lines) expect(line.split(",").some((cell) => cell.startsWith("="))).toBe(false);
  });
});

describe("CSV cells", () => {
  it("quotes separators and quotes, and defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell(null)).toBe("");
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell(42)).toBe("42");
    expect(toCsv(["a", "b"], [["x\ny", "-2"]])).toBe('a,b\r\n"x\ny",\'-2\r\n');
  });
});

describe("accounts", () => {
  it("lets an admin list and create accounts, audited, and refuses bad ones", async () => {
    const list = await get("/api/users", admin);
    expect(list.body.items.map((u: { username: string }) => u.username)).toEqual([
      "test-admin",
      "test-analyst",
      "test-viewer",
    ]);
    const created = await inject(app, {
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { username: "new-analyst", password: "another long password", role: "analyst" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: "new-analyst", role: "analyst", disabled: false });
    expect(created.raw).not.toContain("password");
    const again = await inject(app, {
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { username: "new-analyst", password: "another long password", role: "analyst" },
    });
    expect(again.status).toBe(409);
    const weak = await inject(app, {
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { username: "weak-one", password: "short", role: "viewer" },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.message).toMatch(/at least 12 characters/);
    const audit = (await get("/api/audit?action=user.create", admin)).body.items;
    expect(audit[0]).toMatchObject({
      actor: "test-admin",
      targetId: "new-analyst",
      detail: { role: "analyst" },
    });
    const byAnalyst = await inject(app, {
      method: "POST",
      url: "/api/users",
      headers: analyst,
      payload: { username: "sneaky", password: "another long password", role: "admin" },
    });
    expect(byAnalyst.status).toBe(403);
  });
});

describe("the review filters on PostgreSQL", async () => {
  const { PG_URL, pgReachable } = await import("../auth/databases.ts");
  const reachable = await pgReachable();
  it.skipIf(!reachable)("gives the same latest-decision filtering and totals as on SQLite", async () => {
    const { default: pg } = await import("pg");
    const schema = `fw_server_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(PG_URL);
    url.searchParams.set("options", `-c search_path=${schema}`);
    const pgStore = await fixtureStore(url.toString());
    const pgApp = await buildServer({ store: pgStore });
    try {
      const pgAccounts = await addAccounts(pgStore);
      const headers = { authorization: `Bearer ${pgAccounts.analyst.token}` };
      const claims = (await pgStore.listClaims({ limit: 100 })).items;
      const [first, second] = claims;
      const post = (id: number, payload: object) =>
        inject(pgApp, { method: "POST", url: `/api/claims/${id}/reviews`, headers, payload });
      expect((await post(first.id, { decision: "correct", correction: { unit: "people" } })).status).toBe(
        201,
      );
      expect((await post(second.id, { decision: "accept" })).status).toBe(201);
      expect((await post(second.id, { decision: "reject" })).status).toBe(201);
      const list = (q: string) => inject(pgApp, { method: "GET", url: `/api/claims?${q}`, headers });
      expect((await list("reviewed=true")).body.total).toBe(2);
      expect((await list("reviewed=false")).body.total).toBe(TOTAL_CLAIMS - 2);
      expect((await list("decision=reject")).body.items.map((c: { id: number }) => c.id)).toEqual([
        second.id,
      ]);
      expect((await list("decision=accept")).body.total).toBe(0);
      const corrected = (await list("decision=correct")).body.items[0];
      expect(corrected).toMatchObject({ id: first.id, unit: "people", original: { unit: first.unit } });
    } finally {
      await pgApp.close();
      await pgStore.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});

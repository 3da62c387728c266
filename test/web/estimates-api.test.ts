// /api/series, /api/findings and /api/network over a store filled through the real ingest pipeline
// from articles written for these tests; reviews overlay the claims the assessment uses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import type { Store, StoredClaim } from "../../src/store/index.ts";
import { buildCount, fullBuildCount } from "../../src/server/services/estimates.ts";
import { COMPANY, COMPANY_ID, estimatesStore } from "./fixtures/estimates-store.ts";
import { ARTICLES } from "./fixtures/estimates-articles.ts";

let store: Store;
let app: FastifyInstance;
let claims: StoredClaim[];

beforeAll(async () => {
  store = await estimatesStore();
  app = await buildServer({ store, publicRead: true });
  claims = (await store.listClaims({ limit: 500 })).items;
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function get(url: string): Promise<any> {
  const res = await app.inject({ url });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
}

const claimByQuantity = (n: number) => claims.find((c) => c.quantity === n);

describe("GET /api/series", () => {
  it("returns series whose every figure traces to a stored claim with its sentence and outlet", async () => {
    const body = await get("/api/series");
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.total).toBe(body.items.length);
    const byId = new Map(claims.map((c) => [c.id, c]));
    let figures = 0;
    for (const s of body.items) {
      for (const p of s.periods) {
        for (const f of p.figures) {
          figures++;
          const claim = byId.get(f.claimId);
          expect(claim, `figure ${f.claimId} of ${s.key}`).toBeDefined();
          expect(f.evidence).toBe(claim!.evidence);
          expect(f.outlet).toBe(claim!.outlet);
          expect(f.value).toEqual(claim!.quantity);
          expect(f.grade).toMatch(/^[A-F][1-6]$/);
        }
        // The range covers every figure; a headline lies inside it and names one of its figures.
        const values = p.figures.flatMap((f: { value: number | number[] }) => [f.value].flat());
        expect(p.range).toEqual([Math.min(...values), Math.max(...values)]);
        if (p.headline) {
          expect(p.headline.value).toBeGreaterThanOrEqual(p.range[0]);
          expect(p.headline.value).toBeLessThanOrEqual(p.range[1]);
          expect(p.figures.map((f: { claimId: number }) => f.claimId)).toContain(p.headline.claimId);
        } else {
          expect(p.headlineReason).toMatch(/no headline/);
        }
      }
      expect(s.latest.period).toBe(s.periods.at(-1).period);
    }
    expect(figures).toBe(claims.length);
    expect(body.summary.counts).toMatchObject({ documents: ARTICLES.length, claims: claims.length });
  });

  it("keeps planned and reported figures in separate series and filters by family", async () => {
    const planned = await get("/api/series?family=planned");
    const reported = await get("/api/series?family=reported");
    expect(planned.items.length).toBeGreaterThan(0);
    expect(reported.items.length).toBeGreaterThan(0);
    expect(planned.items.every((s: { family: string }) => s.family === "planned")).toBe(true);
    expect(reported.items.every((s: { family: string }) => s.family === "reported")).toBe(true);
    const plannedIds = planned.items.flatMap((s: { periods: { figures: { claimId: number }[] }[] }) =>
      s.periods.flatMap((p) => p.figures.map((f) => f.claimId)),
    );
    for (const id of plannedIds) expect(claims.find((c) => c.id === id)?.event).toBe("deployment_planned");
    // `realised` is accepted as the engine's name for the same family.
    expect((await get("/api/series?family=realised")).total).toBe(reported.total);
  });

  it("filters by subject group and by a place or any place above it", async () => {
    const military = await get("/api/series?subjectGroup=military");
    expect(military.items.length).toBeGreaterThan(0);
    expect(military.items.every((s: { subjectGroup: string }) => s.subjectGroup === "military")).toBe(true);
    const russia = await get("/api/series?place=russia");
    const kursk = russia.items.find((s: { place: string }) => s.place === "Kursk");
    expect(kursk, "Kursk is inside Russia").toBeDefined();
    const onlyKursk = await get("/api/series?place=Kursk");
    expect(onlyKursk.items.map((s: { place: string }) => s.place)).toEqual(["Kursk"]);
    expect((await get("/api/series?place=Atlantis")).items).toEqual([]);
  });

  it("flags the contradiction between sources that disagree and counts independent agreement", async () => {
    const body = await get("/api/series?subject=workers&family=reported&place=Russia");
    const period = body.items[0].periods.find((p: { period: string }) => p.period === "2023");
    expect(period.contradicted).toBe(true);
    expect(period.corroboration).toBeGreaterThanOrEqual(2);
    const low = claimByQuantity(3000)!;
    expect(period.contradictions.some((c: { claimIds: number[] }) => c.claimIds.includes(low.id))).toBe(true);
    expect(body.summary.contradictions.length).toBeGreaterThan(0);
  });

  it("leaves the figures out when asked, keeping headlines and ranges", async () => {
    const full = await get("/api/series");
    const bare = await get("/api/series?figures=false");
    expect(bare.total).toBe(full.total);
    for (const [i, s] of bare.items.entries()) {
      expect(s.periods.every((p: { figures: unknown[] }) => p.figures.length === 0)).toBe(true);
      expect(s.periods.map((p: { range: number[] }) => p.range)).toEqual(
        full.items[i].periods.map((p: { range: number[] }) => p.range),
      );
      expect(s.latest.headline).toEqual(full.items[i].latest.headline);
    }
  });

  it("refuses an unknown filter value with 400", async () => {
    expect((await app.inject({ url: "/api/series?family=rumoured" })).statusCode).toBe(400);
    expect((await app.inject({ url: "/api/series?colour=red" })).statusCode).toBe(400);
  });
});

describe("GET /api/findings", () => {
  it("returns findings with paragraphs and summaries, supporting claims that exist, and a status", async () => {
    const body = await get("/api/findings");
    expect(body.items.length).toBeGreaterThan(0);
    const ids = new Set(claims.map((c) => c.id));
    for (const f of body.items) {
      expect(["corroborated", "single-source"]).toContain(f.status);
      expect(f.paragraphs.length).toBeGreaterThan(0);
      for (const p of f.paragraphs) expect(p.summary).toEqual(expect.any(String));
      for (const id of f.supportingClaims) expect(ids.has(id)).toBe(true);
    }
    const corroborated = await get("/api/findings?status=corroborated");
    expect(corroborated.items.length).toBeGreaterThan(0);
    expect(corroborated.items.every((f: { status: string }) => f.status === "corroborated")).toBe(true);
    for (const f of corroborated.items) expect(f.origins.length).toBeGreaterThanOrEqual(2);
  });

  it("names the designated party screened in a finding's document", async () => {
    const body = await get("/api/findings");
    const withParty = body.items.filter((f: { parties: { name: string }[] }) => f.parties.length > 0);
    expect(withParty.length).toBeGreaterThan(0);
    expect(withParty[0].parties[0]).toMatchObject({ listId: "un-sc", programmes: ["DPRK"] });
    expect(withParty[0].parties[0].name.toLowerCase()).toBe(COMPANY.toLowerCase());
  });
});

describe("GET /api/network", () => {
  it("links outlets to sources, sources to places, and the designated party to the place", async () => {
    const net = await get("/api/network");
    const kinds = new Set(net.nodes.map((n: { kind: string }) => n.kind));
    expect([...kinds].sort()).toEqual(["outlet", "party", "place", "source"]);
    const ids = new Set(net.nodes.map((n: { id: string }) => n.id));
    for (const e of net.edges) {
      expect(ids.has(e.source), e.source).toBe(true);
      expect(ids.has(e.target), e.target).toBe(true);
    }
    const party = net.nodes.find((n: { kind: string; entityId: string }) => n.entityId === COMPANY_ID);
    expect(party).toMatchObject({ kind: "party", lists: ["un-sc"] });
    const partyEdges = net.edges.filter((e: { source: string }) => e.source === party.id);
    expect(partyEdges.map((e: { kind: string }) => e.kind)).toContain("party-place");
    expect(net.edges.some((e: { kind: string }) => e.kind === "carried")).toBe(true);
    expect(net.edges.some((e: { kind: string }) => e.kind === "reports")).toBe(true);
  });

  it("caps nodes and edges, keeping only edges between kept nodes", async () => {
    const net = await get("/api/network?nodes=3&edges=2");
    expect(net.nodes).toHaveLength(3);
    expect(net.edges.length).toBeLessThanOrEqual(2);
    expect(net.capped).toBe(true);
    expect(net.totalNodes).toBeGreaterThan(3);
    const ids = new Set(net.nodes.map((n: { id: string }) => n.id));
    for (const e of net.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});

describe("the assessment cache", () => {
  it("is reused between requests and rebuilt when a review changes a claim", async () => {
    await get("/api/series");
    const before = buildCount();
    const fullBefore = fullBuildCount();
    await get("/api/findings");
    await get("/api/network");
    expect(buildCount()).toBe(before);

    // An analyst corrects the outlier: the contradiction goes, and the corrected value is used.
    const low = claimByQuantity(3000)!;
    await store.reviews.add({
      claimId: low.id,
      decision: "correct",
      correction: { quantity: 12000, qualifier: "approx" },
      author: "test-analyst",
    });
    const body = await get("/api/series?subject=workers&family=reported&place=Russia");
    expect(buildCount()).toBe(before + 1);
    // Only reviews changed: the engine refreshed the reviewed document instead of assessing everything.
    expect(fullBuildCount()).toBe(fullBefore);
    const period = body.items[0].periods.find((p: { period: string }) => p.period === "2023");
    const fig = period.figures.find((f: { claimId: number }) => f.claimId === low.id);
    expect(fig.value).toBe(12000);
    expect(period.contradicted).toBe(false);
    expect(body.summary.counts.correctedClaims).toBe(1);

    // A rejected figure is not evidence: it leaves the series.
    await store.reviews.add({ claimId: low.id, decision: "reject", author: "test-analyst" });
    const after = await get("/api/series?subject=workers&family=reported&place=Russia");
    const ids = after.items[0].periods.flatMap((p: { figures: { claimId: number }[] }) =>
      p.figures.map((f) => f.claimId),
    );
    expect(ids).not.toContain(low.id);
    expect(after.summary.counts.rejectedClaims).toBe(1);
    expect(fullBuildCount()).toBe(fullBefore);
  });
});

// GET /api/places over a store filled by the real ingest pipeline from texts written for this test,
// plus the place normalisation and aggregation on hand-made claims.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { ingestIntoStore } from "../../src/pipeline/index.ts";
import {
  summarisePlaces,
  type PlaceClaim,
  type PlaceSummary,
  type PlacesReport,
} from "../../src/assess/place-summary.ts";
import { gazetteer } from "../../src/server/services/places.ts";

const TEXTS: Record<string, string> = {
  "drones.txt":
    "TITLE: A drone plant hires abroad\nDATE: 2025-03-10\n\nAbout 1,200 North Korean workers have arrived at the Alabuga special economic zone this year, a regional labour official told reporters.\n\nA factory in Yelabuga expects up to 800 more by the summer, according to the official.\n",
  "front.txt":
    "TITLE: Reinforcements\nDATE: 2024-12-02\n\nMore than 11,000 North Korean soldiers have been deployed to the Kursk region, South Korea's spy agency said.\n",
  "east.txt":
    "TITLE: Builders in the east\nDATE: 2025-05-20\n\nAround 5,000 North Korean construction workers are now in Vladivostok, a local newspaper reported.\n\nSome 2,000 workers were sent to Khabarovsk last year, the newspaper added.\n",
  "gulf.txt":
    "TITLE: Gulf labour\nDATE: 2019-08-01\n\nAn estimated 2,500 North Korean workers remained in Kuwait, a rights group said.\n\nAbout 1,800 laborers were still working in Qatar at the time, the group said.\n",
};

let dir: string;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "fw-places-"));
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(dir, name), text);
  store = await openStore(":memory:");
  await store.migrate();
  const summary = await ingestIntoStore(store, [dir], { after: [] });
  expect(summary.failed).toBe(0);
  app = await buildServer({ store, publicRead: true });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function places(query = ""): Promise<{ status: number; body: PlacesReport }> {
  const res = await app.inject({ method: "GET", url: `/api/places${query}` });
  return { status: res.statusCode, body: res.json() };
}
const byKey = (report: PlacesReport, key: string): PlaceSummary | undefined =>
  report.places.find((p) => p.key === key);

describe("GET /api/places", () => {
  it("puts Alabuga and Yelabuga in Tatarstan and keeps the names the claims used", async () => {
    const { status, body } = await places();
    expect(status).toBe(200);
    const tatarstan = byKey(body, "ru-tatarstan")!;
    expect(tatarstan).toMatchObject({
      name: "Tatarstan",
      kind: "region",
      feature: "ru-tatarstan",
      claims: 2,
    });
    expect(tatarstan.destinations.map((d) => d.name).sort()).toEqual(["Alabuga", "Yelabuga"]);
    expect(tatarstan.people).toEqual({ low: 800, high: 1200, claims: 2 });
    // "have arrived" is a reported dispatch, "expects up to 800 more" a plan: summed apart.
    const labour = tatarstan.breakdown.filter((b) => b.group === "labor");
    expect(labour.map((b) => [b.family, b.sum]).sort()).toEqual([
      ["planned", { low: 800, high: 800 }],
      ["realised", { low: 1200, high: 1200 }],
    ]);
  });

  it("maps Vladivostok to Primorsky, the Kursk region to Kursk and Gulf states to their countries", async () => {
    const { body } = await places();
    expect(byKey(body, "ru-primorsky")?.destinations).toEqual([{ name: "Vladivostok", claims: 1 }]);
    expect(byKey(body, "ru-kursk")?.people?.high).toBe(11000);
    expect(byKey(body, "c-kuwait")?.kind).toBe("country");
    expect(byKey(body, "c-qatar")?.point).toHaveLength(2);
    const mapped = body.places.reduce((n, p) => n + p.claims, 0);
    expect(mapped + body.withoutDestination + body.unmapped.reduce((n, u) => n + u.claims, 0)).toBe(
      body.total,
    );
  });

  it("splits by subject group and event family when asked", async () => {
    const military = (await places("?group=military")).body;
    expect(military.places.map((p) => p.key)).toEqual(["ru-kursk"]);
    expect(military.places[0].breakdown[0]).toMatchObject({
      group: "military",
      family: "realised",
      unit: "persons",
    });
    const stock = (await places("?family=stock")).body;
    expect(stock.places.every((p) => p.breakdown.every((b) => b.family === "stock"))).toBe(true);
    expect(stock.places.map((p) => p.key)).not.toContain("ru-kursk");
  });

  it("limits claims by date", async () => {
    const { body } = await places("?from=2025");
    expect(byKey(body, "c-kuwait")).toBeUndefined();
    expect(byKey(body, "ru-tatarstan")).toBeDefined();
  });

  it("leaves out claims an analyst rejected, and counts them", async () => {
    const before = (await places()).body;
    const kuwait = (await store.listClaims({ destination: "Kuwait" })).items[0];
    await store.reviews.add({ claimId: kuwait.id, decision: "reject", author: "tester" });
    const after = (await places()).body;
    expect(byKey(after, "c-kuwait")).toBeUndefined();
    expect(after.rejected).toBe(before.rejected + 1);
    expect(after.total).toBe(before.total - 1);
  });

  it("refuses unknown parameters and reversed dates with a 400", async () => {
    expect((await places("?group=sailors")).status).toBe(400);
    expect((await places("?place=Kursk")).status).toBe(400);
    const reversed = await places("?from=2025&to=2024");
    expect(reversed.status).toBe(400);
    expect((reversed.body as unknown as { message: string }).message).toContain(
      '"from" (2025) is after "to" (2024)',
    );
  });
});

describe("place normalisation", () => {
  const gaz = gazetteer();
  const where = (raw: string) => gaz.lookup(raw)?.key ?? null;

  it("reads regions however the text words them", () => {
    expect(where("the Kursk region")).toBe("ru-kursk");
    expect(where("Kursk Oblast")).toBe("ru-kursk");
    expect(where("Republic of Tatarstan")).toBe("ru-tatarstan");
    expect(where("Primorye")).toBe("ru-primorsky");
    expect(where("Primorsky Krai")).toBe("ru-primorsky");
    expect(where("Kazan")).toBe("ru-tatarstan");
    expect(where("Blagoveshchensk")).toBe("ru-amur");
  });

  it("places sites on their own point inside their feature", () => {
    const rajin = gaz.lookup("the port of Rajin")!;
    expect(rajin).toMatchObject({ kind: "site", feature: "c-north-korea" });
    expect(gaz.lookup("Rason")!.key).toBe(rajin.key);
    expect(rajin.point).not.toEqual(gaz.features.get("c-north-korea")!.properties.centroid);
    expect(gaz.lookup("Vostochny Cosmodrome")).toMatchObject({ kind: "site", feature: "ru-amur" });
    // Bare "Vostochny" in this reporting is the port near Nakhodka, where ships from Rajin dock.
    expect(gaz.lookup("Vostochny")).toMatchObject({ kind: "site", feature: "ru-primorsky" });
  });

  it("finds any country on the map by its own name and broad areas without a feature", () => {
    expect(where("Mongolia")).toBe("c-mongolia");
    expect(where("Equatorial Guinea")).toBe("c-equatorial-guinea");
    expect(where("UAE")).toBe("c-united-arab-emirates");
    expect(gaz.lookup("the Russian Far East")).toMatchObject({ kind: "area", feature: null });
    expect(where("Atlantis")).toBeNull();
    expect(where("   ")).toBeNull();
  });

  it("points every gazetteer line at a feature the map can draw", () => {
    for (const target of [
      "ru-kursk",
      "ru-tatarstan",
      "ru-primorsky",
      "ru-khabarovsk",
      "c-laos",
      "c-vietnam",
    ]) {
      expect(gaz.features.has(target)).toBe(true);
    }
    // loadGazetteer throws on a line whose feature is missing; reaching here means none is.
    expect(gaz.features.size).toBeGreaterThan(300);
  });
});

describe("summarisePlaces", () => {
  const claim = (over: Partial<PlaceClaim>): PlaceClaim => ({
    quantity: 100,
    unit: "persons",
    subject: "workers",
    event: "stock_estimate",
    modality: "reported",
    destination: "Russia",
    ...over,
  });

  it("ranges and sums figures per group, family and unit, and keeps ranges as low and high", () => {
    const report = summarisePlaces(
      [
        claim({ destination: "Vladivostok", quantity: [1000, 1500] }),
        claim({ destination: "Nakhodka", quantity: 300 }),
        claim({
          destination: "Vladivostok",
          quantity: 20_000_000,
          unit: "USD/year",
          subject: "revenue",
          event: "revenue_estimate",
        }),
      ],
      gazetteer(),
    );
    const primorsky = report.places[0];
    expect(primorsky.key).toBe("ru-primorsky");
    expect(primorsky.claims).toBe(3);
    expect(primorsky.people).toEqual({ low: 300, high: 1500, claims: 2 });
    const labour = primorsky.breakdown.find((b) => b.group === "labor")!;
    expect(labour).toMatchObject({
      claims: 2,
      range: { low: 300, high: 1500 },
      sum: { low: 1300, high: 1800 },
    });
    expect(primorsky.breakdown.find((b) => b.group === "money")).toMatchObject({
      unit: "USD/year",
      claims: 1,
    });
    expect(primorsky.destinations).toEqual([
      { name: "Vladivostok", claims: 2 },
      { name: "Nakhodka", claims: 1 },
    ]);
  });

  it("counts claims with no destination or an unknown one apart, and never sizes circles by casualties", () => {
    const report = summarisePlaces(
      [
        claim({ destination: null }),
        claim({ destination: "Atlantis" }),
        claim({ destination: "Kursk", subject: "casualties", event: "casualties", quantity: 3000 }),
      ],
      gazetteer(),
    );
    expect(report).toMatchObject({
      total: 3,
      withoutDestination: 1,
      unmapped: [{ destination: "Atlantis", claims: 1 }],
    });
    expect(report.places[0]).toMatchObject({ key: "ru-kursk", claims: 1, people: null });
  });

  it("keeps a plan apart from a dispatch", () => {
    const report = summarisePlaces(
      [
        claim({ destination: "Kursk", subject: "troops", event: "deployment_planned" }),
        claim({ destination: "Kursk", subject: "troops", event: "deployment_reported" }),
      ],
      gazetteer(),
      { family: "planned" },
    );
    expect(report.total).toBe(1);
    expect(report.places[0].breakdown.map((b) => b.family)).toEqual(["planned"]);
  });
});

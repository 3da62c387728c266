// The acceptance test: a claim subject is one entry in the subject registry plus its nouns
// per language. A registry copied from data/reference/ with one subject added ("seafarers") is
// loaded and passed in; the new subject is extracted, assessed and labelled in the API, and the
// repository's own registry (the default) knows nothing of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { assess } from "../../src/assess/index.ts";
import { extractClaims, splitSentences } from "../../src/extract/index.ts";
import { ingestIntoStore } from "../../src/pipeline/index.ts";
import { DATA_DIR, loadReference, type Reference } from "../../src/reference/index.ts";
import { buildServer } from "../../src/server/app.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { addAccounts, type TestAccount } from "../server/accounts.ts";

const SEAFARERS = {
  id: "seafarers",
  group: "labor",
  unit: "persons",
  people: true,
  flow: "labour",
  label: { en: "Seafarers", ru: "Моряки", ko: "선원" },
  phrase: { en: "North Korean seafarers" },
};
const NOUNS = {
  en: { subject: "seafarers", pattern: "seafarers|sailors|deckhands|trawler crews" },
  ru: { subject: "seafarers", pattern: "моряк|матрос" },
};

// Written for this test.
const TEXT =
  "TITLE: Crews for the trawler fleet\nDATE: 2025-04-14\n\n" +
  "About 3,400 North Korean sailors are working aboard fishing trawlers based in Kamchatka, according to a regional fisheries official.\n";

let dir: string;
let reference: Reference;

/** data/reference/ with one more subject and its English and Russian nouns, nothing else changed. */
function registryWithSeafarers(): string {
  const refDir = path.join(dir, "reference");
  cpSync(path.join(DATA_DIR, "reference"), refDir, { recursive: true });
  const subjectsFile = path.join(refDir, "subjects.json");
  const subjects = JSON.parse(readFileSync(subjectsFile, "utf8"));
  subjects.subjects.push(SEAFARERS);
  writeFileSync(subjectsFile, JSON.stringify(subjects));
  for (const [lang, noun] of Object.entries(NOUNS)) {
    const nounsFile = path.join(refDir, "nouns", `${lang}.json`);
    const nouns = JSON.parse(readFileSync(nounsFile, "utf8"));
    nouns.nouns.push(noun);
    writeFileSync(nounsFile, JSON.stringify(nouns));
  }
  return refDir;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "fw-new-subject-"));
  reference = loadReference({ referenceDir: registryWithSeafarers() });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = { id: "trawlers", text: TEXT, published: null, title: null };

describe("a subject added to the registry", () => {
  it("is extracted with the registry's unit, and not by the repository's own registry", () => {
    const claims = extractClaims(doc, reference);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      subject: "seafarers",
      unit: "persons",
      quantity: 3400,
      qualifier: "approx",
      destination: "Kamchatka",
    });
    expect(extractClaims(doc)).toEqual([]); // the repository's registry counts no sailors
  });

  it("is extracted from Russian text by its Russian nouns", () => {
    const ru = {
      id: "trawlers-ru",
      text: "Около 2 000 северокорейских моряков работают на рыболовных траулерах на Камчатке, сообщил чиновник.",
      published: "2025-04-14",
    };
    expect(extractClaims(ru, reference).map((c) => [c.subject, c.quantity])).toEqual([["seafarers", 2000]]);
    expect(extractClaims(ru)).toEqual([]);
  });

  it("is assessed in its scoring group, and a finding names it with the registry's phrase", () => {
    const claims = extractClaims(doc, reference);
    const { snapshot, errors } = assess(
      [
        {
          doc: {
            id: doc.id,
            text: TEXT,
            outlet: "Fisheries Weekly",
            published: "2025-04-14",
            title: null,
            url: null,
          },
          claims,
        },
      ],
      { reference },
    );
    expect(errors).toEqual([]);
    const series = snapshot.series.find((s) => s.subject === "seafarers");
    expect(series).toBeDefined();
    const finding = snapshot.findings.find((f) => f.seriesKey === series!.key);
    expect(finding?.topic).toBe("labor");
    expect(finding?.statement).toContain("North Korean seafarers");
    // the default registry does not assess a subject it does not list
    const plain = assess([
      {
        doc: { id: doc.id, text: TEXT, outlet: null, published: "2025-04-14", title: null, url: null },
        claims,
      },
    ]);
    expect(plain.snapshot.series.some((s) => s.subject === "seafarers")).toBe(false);
  });
});

describe("the API over the registry it was started with", () => {
  let store: Store;
  let app: FastifyInstance;
  let analyst: TestAccount;
  beforeAll(async () => {
    writeFileSync(path.join(dir, "trawlers.txt"), TEXT);
    store = await openStore(":memory:");
    await store.migrate();
    const summary = await ingestIntoStore(store, [path.join(dir, "trawlers.txt")], {
      after: [],
      stages: {
        splitSentences: (text) => splitSentences(text, reference),
        extractClaims: (d) => extractClaims(d, reference),
        extractorVersion: "test",
      },
    });
    expect(summary.failed).toBe(0);
    analyst = (await addAccounts(store)).analyst;
    app = await buildServer({ store, publicRead: true, reference });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("lists the subject with its group, unit and labels in GET /api/vocabulary", async () => {
    const res = await app.inject({ method: "GET", url: "/api/vocabulary" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.subjects.find((s: { id: string }) => s.id === "seafarers")).toMatchObject({
      group: "labor",
      unit: "persons",
      label: { en: "Seafarers", ru: "Моряки", ko: "선원" },
    });
    expect(body.groups.find((g: { id: string }) => g.id === "labor").subjects).toContain("seafarers");
  });

  it("serves its claims and a finding that names it", async () => {
    const claims = await app.inject({ method: "GET", url: "/api/claims?subject=seafarers" });
    expect(claims.statusCode).toBe(200);
    expect(claims.json().items.map((c: { quantity: number }) => c.quantity)).toEqual([3400]);
    const findings = await app.inject({ method: "GET", url: "/api/findings" });
    expect(findings.statusCode).toBe(200);
    const statements = findings.json().items.map((f: { statement: string }) => f.statement);
    expect(statements.some((s: string) => s.includes("North Korean seafarers"))).toBe(true);
  });

  it("accepts a correction to the new subject and rejects one to a subject the registry lacks", async () => {
    const [claim] = (await app.inject({ method: "GET", url: "/api/claims?subject=seafarers" })).json().items;
    const review = (subject: string) =>
      app.inject({
        method: "POST",
        url: `/api/claims/${claim.id}/reviews`,
        headers: { authorization: `Bearer ${analyst.token}` },
        payload: { decision: "correct", correction: { subject } },
      });
    expect((await review("seafarers")).statusCode).toBe(201);
    const refused = await review("dockers");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('unknown subject "dockers"');
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { DOCS, HOSTILE_SCRIPT, TOTAL_CLAIMS, fixtureStore } from "./fixtures.ts";

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await fixtureStore();
  // Anonymous reads, as in the public demo; sign-in and permissions are tested in auth.test.ts.
  app = await buildServer({ store, publicRead: true });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

async function get(url: string) {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, headers: res.headers, body: res.json() };
}

describe("GET /api/claims", () => {
  it("returns every claim with its total when no filter is given", async () => {
    const { status, body } = await get("/api/claims");
    expect(status).toBe(200);
    expect(body.total).toBe(TOTAL_CLAIMS);
    expect(body.items).toHaveLength(TOTAL_CLAIMS);
    expect(body).toMatchObject({ limit: 50, offset: 0 });
  });

  it("pages through claims without repeating or skipping any", async () => {
    const seen: number[] = [];
    for (let offset = 0; offset < TOTAL_CLAIMS; offset += 4) {
      const { body } = await get(`/api/claims?limit=4&offset=${offset}`);
      expect(body).toMatchObject({ total: TOTAL_CLAIMS, limit: 4, offset });
      expect(body.items.length).toBe(Math.min(4, TOTAL_CLAIMS - offset));
      seen.push(...body.items.map((c: { id: number }) => c.id));
    }
    expect(new Set(seen).size).toBe(TOTAL_CLAIMS);
    const past = await get(`/api/claims?offset=${TOTAL_CLAIMS}`);
    expect(past.body.items).toEqual([]);
  });

  it("sorts by figure or time on request, and refuses a cursor with another order", async () => {
    const up = (await get("/api/claims?sort=quantity")).body.items.map(
      (c: { quantity: number | number[] }) => (Array.isArray(c.quantity) ? c.quantity[0] : c.quantity),
    );
    expect(up.length).toBe(TOTAL_CLAIMS);
    expect(up).toEqual([...up].sort((a: number, b: number) => a - b));
    const down = await get("/api/claims?sort=-quantity&limit=2");
    expect(down.body.nextCursor).toBeNull();
    const first = (await get("/api/claims?limit=2")).body.nextCursor;
    const mixed = await get(`/api/claims?sort=time&cursor=${encodeURIComponent(first)}`);
    expect(mixed.status).toBe(400);
    expect((await get("/api/claims?sort=size")).status).toBe(400);
  });

  it("counts the filtered claims per facet", async () => {
    const all = await get("/api/claims/facets");
    expect(all.status).toBe(200);
    const total = all.body.subject.reduce((n: number, f: { count: number }) => n + f.count, 0);
    expect(total).toBe(TOTAL_CLAIMS);
    const first = all.body.subject[0];
    const narrowed = await get(`/api/claims/facets?subject=${first.value}`);
    expect(narrowed.body.subject).toEqual([first]);
    const listed = await get(`/api/claims?subject=${first.value}`);
    expect(listed.body.total).toBe(first.count);
    expect((await get("/api/claims/facets?bogus=1")).status).toBe(400);
  });

  it("pages with a cursor, and refuses a cursor it did not issue", async () => {
    const seen: number[] = [];
    let url = "/api/claims?limit=3";
    for (let guard = 0; guard < TOTAL_CLAIMS; guard++) {
      const { status, body } = await get(url);
      expect(status).toBe(200);
      seen.push(...body.items.map((c: { id: number }) => c.id));
      if (!body.nextCursor) break;
      url = `/api/claims?limit=3&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen).toEqual((await get("/api/claims")).body.items.map((c: { id: number }) => c.id));
    const bad = await get("/api/claims?cursor=bm9wZQ");
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/invalid cursor/);
  });

  it("keeps the evidence, offsets and document metadata of each claim", async () => {
    const { body } = await get("/api/claims?docId=t-troops");
    const first = body.items.find((c: { qualifier: string }) => c.qualifier === "more_than");
    const doc = await store.getDocument("t-troops");
    expect(doc!.text.slice(first.span.start, first.span.end)).toBe("More than 10,000");
    expect(doc!.text.slice(first.sentence.start, first.sentence.end)).toBe(first.evidence);
    expect(first).toMatchObject({
      outlet: "Harbour Wire",
      published: "2024-11-02",
      attributionChain: ["Ukrainian intelligence"],
    });
  });

  it("filters by subject", async () => {
    const { body } = await get("/api/claims?subject=troops");
    expect(body.total).toBe(2);
    expect(body.items.every((c: { subject: string }) => c.subject === "troops")).toBe(true);
  });

  it("filters by destination, case-insensitively", async () => {
    const { body } = await get("/api/claims?destination=china");
    expect(body.items.map((c: { destination: string }) => c.destination)).toEqual(["China"]);
  });

  it("filters by source across the attribution chain and the outlet", async () => {
    const byAgency = await get("/api/claims?source=intelligence%20service");
    expect(byAgency.body.items.map((c: { docId: string }) => c.docId)).toEqual(["t-labour"]);
    const byOutlet = await get("/api/claims?source=forest");
    expect(byOutlet.body.total).toBe(6);
  });

  it("filters by document", async () => {
    const { body } = await get("/api/claims?docId=t-camps&limit=2");
    expect(body.total).toBe(6);
    expect(body.items.every((c: { docId: string }) => c.docId === "t-camps")).toBe(true);
  });

  it("filters by an inclusive date range on the claim time", async () => {
    const { body } = await get("/api/claims?from=2017&to=2019");
    expect(body.items.map((c: { time: string }) => c.time).sort()).toEqual(["2017", "2018", "2019"]);
    const month = await get("/api/claims?from=2024-11&to=2024-11");
    expect(month.body.items.map((c: { quantity: number }) => c.quantity)).toEqual([10000]);
  });

  it.each([
    ["limit above 500", "/api/claims?limit=501"],
    ["limit of zero", "/api/claims?limit=0"],
    ["negative offset", "/api/claims?offset=-1"],
    ["non-numeric limit", "/api/claims?limit=ten"],
    ["malformed date", "/api/claims?from=March%202024"],
    ["unknown parameter", "/api/claims?subjet=workers"],
    ["from after to", "/api/claims?from=2025&to=2024"],
  ])("rejects a %s with a JSON 400", async (_label, url) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, error: "Bad Request" });
    expect(typeof body.message).toBe("string");
    expect(body.message.length).toBeGreaterThan(0);
  });

  it.each([
    ["/api/claims?from=March%202024", "from must be a date such as 2024, 2024-06 or 2024-06-17"],
    ["/api/claims?subjet=workers", "unknown parameter subjet"],
    ["/api/claims?limit=ten", '"limit" must be a plain decimal integer'],
    ["/api/claims?sort=size", "sort must be one of: "],
  ])("says what is wrong with %s in words, not the schema's pattern", async (url, words) => {
    const { body } = await get(url);
    expect(body.message).toContain(words);
    expect(body.message).not.toMatch(/querystring\/|must match pattern|\^\\d/);
    expect(body.problems).toEqual(expect.arrayContaining([expect.stringContaining(words)]));
  });
});

describe("GET /api/claims/:id", () => {
  it("returns one claim by id", async () => {
    const { body: page } = await get("/api/claims?subject=it_workers");
    const id = page.items[0].id;
    const { status, body } = await get(`/api/claims/${id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, docId: "t-labour", quantity: 1500, destination: "China" });
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const missing = await get("/api/claims/999999");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: "Not Found", message: "no claim with id 999999", statusCode: 404 });
    expect((await get("/api/claims/abc")).status).toBe(400);
  });
});

describe("GET /api/documents", () => {
  it("lists documents with their claim counts and pages them", async () => {
    const { body } = await get("/api/documents?limit=2");
    expect(body).toMatchObject({ total: DOCS.length, limit: 2, offset: 0 });
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).not.toHaveProperty("text");
    const all = await get("/api/documents");
    const counts = Object.fromEntries(
      all.body.items.map((d: { id: string; claimCount: number }) => [d.id, d.claimCount]),
    );
    expect(counts).toEqual(Object.fromEntries(DOCS.map((d) => [d.id, d.claims.length])));
  });

  it("returns a document's text, sentences and claims", async () => {
    const { status, body } = await get("/api/documents/t-labour");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: "t-labour",
      outlet: "Example Daily",
      published: "2024-03-10",
      format: "txt",
    });
    expect(body.sentences).toHaveLength(3);
    for (const s of body.sentences) expect(body.text.slice(s.start, s.end)).toBe(s.text);
    expect(
      body.claims.map((c: { quantity: number }) => c.quantity).sort((a: number, b: number) => a - b),
    ).toEqual([1500, 12000]);
  });

  it("returns stored text byte for byte, markup included", async () => {
    const { body } = await get("/api/documents/t-hostile");
    expect(body.text).toContain(HOSTILE_SCRIPT);
    expect(body.title).toContain(HOSTILE_SCRIPT);
  });

  it("answers 404 for an unknown document", async () => {
    const { status, body } = await get("/api/documents/no-such-doc");
    expect(status).toBe(404);
    expect(body).toMatchObject({ statusCode: 404, error: "Not Found" });
    expect(body.message).toContain("no-such-doc");
  });
});

describe("GET /api/search", () => {
  it("finds documents by words in their text with a plain-text snippet", async () => {
    const { status, body } = await get("/api/search?q=Vladivostok");
    expect(status).toBe(200);
    expect(body.items.map((h: { docId: string }) => h.docId)).toEqual(["t-hostile"]);
    expect(body.items[0].snippet).toMatch(/Vladivostok/);
  });

  it("returns no hits for words nobody wrote", async () => {
    const { body } = await get("/api/search?q=zeppelin");
    expect(body.items).toEqual([]);
  });

  it("requires q", async () => {
    for (const url of ["/api/search", "/api/search?q=", "/api/search?q=%20%20"]) {
      const { status, body } = await get(url);
      expect(status, url).toBe(400);
      expect(body.statusCode).toBe(400);
    }
  });
});

describe("awkward ids and failures", () => {
  it("serves a document whose id contains a slash, a colon and a hash when the id is URL-encoded", async () => {
    const store = await openStore(":memory:");
    const app = await buildServer({ store, publicRead: true });
    const get = async (url: string) => {
      const res = await app.inject({ method: "GET", url });
      return { status: res.statusCode, body: res.json() };
    };
    const text = "Nine hundred is not a figure here; 900 workers is.";
    const id = "feeds/wire.xml:7#2";
    const put = await store.putDocument(
      {
        id,
        contentHash: createHash("sha256").update(text).digest("hex"),
        url: null,
        title: null,
        outlet: null,
        published: null,
        text,
        format: "rss",
        sourcePath: null,
      },
      [{ index: 0, paragraph: 0, start: 0, end: text.length, text }],
    );
    const { status, body } = await get(`/api/documents/${encodeURIComponent(put.id)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: put.id, text, title: null, published: null, claims: [] });
    await app.close();
    await store.close();
  });

  it("answers a store failure with a 500 that does not leak the internal message", async () => {
    const failing = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "claims")
          return {
            ...target.claims,
            list: async () => Promise.reject(new Error("SQLITE_CORRUPT: /secret/path.db")),
          };
        return Reflect.get(target, prop, receiver);
      },
    });
    const broken = await buildServer({ store: failing, publicRead: true });
    try {
      const res = await broken.inject({ method: "GET", url: "/api/claims" });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({ statusCode: 500, error: "Internal Server Error" });
      expect(res.body).not.toContain("secret");
    } finally {
      await broken.close();
    }
  });
});

describe("server basics", () => {
  it("reports health with store counts to a signed-in caller, only the status to anyone else", async () => {
    expect(await get("/api/health")).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(Object.keys((await get("/api/health")).body)).toEqual(["status"]);
    const store2 = app.store;
    await store2.accounts.createUser("health-viewer", "a long test password", "viewer");
    const token = await store2.accounts.createApiToken("health-viewer", "health");
    const res = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { authorization: `Bearer ${token}` },
    });
    const body = res.json();
    expect(res.statusCode).toBe(200);
    expect(body).toEqual({
      status: "ok",
      documents: DOCS.length,
      claims: TOTAL_CLAIMS,
      readOnly: false,
      publicRead: true,
    });
  });

  it("accepts a trailing slash on a route", async () => {
    expect((await get("/api/claims/?subject=troops")).body.total).toBe(2);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const { status, body } = await get("/api/nothing-here");
    expect(status).toBe(404);
    expect(body).toMatchObject({ statusCode: 404, error: "Not Found" });
  });

  it("sends a CSP that forbids inline scripts, and nosniff, on API and page responses", async () => {
    for (const url of ["/api/health", "/", "/app.ts", "/api/claims/0"]) {
      const res = await app.inject({ method: "GET", url });
      const csp = String(res.headers["content-security-policy"]);
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp, url).not.toContain("unsafe-inline'; script");
      expect(csp.match(/script-src[^;]*/)![0], url).not.toContain("unsafe");
      expect(res.headers["x-content-type-options"], url).toBe("nosniff");
    }
  });

  it("serves the dashboard page and its module script", async () => {
    const page = await app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    // src/web/static/index.html loads app.ts (bundled on request); a Vite build (src/web/dist/) loads ./assets/index-<hash>.js.
    const src = /<script type="module"[^>]*\bsrc="(?:\.\/)?([^"]+)"/.exec(page.body)?.[1];
    expect(src).toMatch(/^(app\.ts|assets\/[\w.-]+\.js)$/);
    const script = await app.inject({ method: "GET", url: `/${src}` });
    expect(script.statusCode).toBe(200);
    expect(script.headers["content-type"]).toMatch(/javascript/);
  });

  it("refuses writes when read-only", async () => {
    const readOnly = await buildServer({ store, readOnly: true });
    try {
      const res = await readOnly.inject({ method: "POST", url: "/api/claims", payload: {} });
      expect(res.statusCode).toBe(405);
      expect(res.json()).toMatchObject({ statusCode: 405 });
      expect((await readOnly.inject({ method: "GET", url: "/api/auth/me" })).json().readOnly).toBe(true);
    } finally {
      await readOnly.close();
    }
  });
});

describe("OpenAPI document", () => {
  it("lists every API route with its parameters and serves Swagger UI", async () => {
    const { status, body } = await get("/docs/json");
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    const paths = Object.keys(body.paths);
    const expected = [
      "/api/health",
      "/api/documents",
      "/api/documents/{id}",
      "/api/claims",
      "/api/claims/{id}",
      "/api/search",
    ];
    // Every registered API route is in the document, under OpenAPI's `{param}` spelling.
    expect(app.apiRoutes.length).toBeGreaterThanOrEqual(expected.length);
    for (const route of app.apiRoutes) {
      const [method, url] = route.split(" ");
      const openapiPath = url.replace(/:(\w+)/g, "{$1}");
      expect(body.paths[openapiPath]?.[method.toLowerCase()], route).toBeDefined();
    }
    for (const p of expected) {
      expect(paths, p).toContain(p);
      expect(body.paths[p].get.responses["200"], p).toBeDefined();
    }
    const claimParams = body.paths["/api/claims"].get.parameters.map((p: { name: string }) => p.name);
    expect(claimParams).toEqual(
      expect.arrayContaining(["subject", "destination", "source", "docId", "from", "to", "limit", "offset"]),
    );
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining(["Claim", "Error", "DocumentDetail"]),
    );
    expect(paths.some((p) => !p.startsWith("/api/"))).toBe(false);
    const ui = await app.inject({ method: "GET", url: "/docs/" });
    expect(ui.statusCode).toBe(200);
  });
});

// Issue 11, defect 7: analyst reviews reach `assess`, `report`, `export` and `claims`, through the
// one reviewed-claims view in the store (rejected out, corrections overlaid, original kept).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { reviewBatch } from "../../src/store/reviews.ts";
import { makeDoc } from "./fixtures.ts";

const dir = mkdtempSync(path.join(tmpdir(), "fw-reviews-"));
const file = path.join(dir, "r.db");
const bin = path.resolve("bin/flowwatch");
const run = (...args: string[]) => execFileSync(bin, [...args, "--db", file], { encoding: "utf8" });

const A = "Around 4,400 North Korean labourers were on Russian building sites in 2025, a union leader said.";
const B = "A shipping agent put the number of North Korean labourers on the sites at 97,000 in 2025.";

beforeAll(async () => {
  const store = await openStore(file);
  await store.migrate();
  for (const [id, text, figure, q, who] of [
    ["rv-a", A, "4,400", 4400, "a union leader"],
    ["rv-b", B, "97,000", 97000, "a shipping agent"],
  ] as const) {
    const { doc, claims } = makeDoc(
      id,
      { outlet: `Outlet ${id}`, published: "2025-09-01" },
      [text],
      [
        {
          text,
          figure,
          quantity: q,
          event: "stock_estimate",
          time: "2025",
          attributedTo: who,
          attributionChain: [who],
        },
      ],
    );
    const sha = createHash("sha256").update(doc.text).digest("hex");
    await store.putDocument({ ...doc, contentHash: sha, format: "txt", sourcePath: null }, [], { claims });
  }
  const page = await store.listClaims({ limit: 10 });
  const byQ = new Map(page.items.map((c) => [c.quantity, c.id]));
  await store.reviews.add({ claimId: byQ.get(97000)!, decision: "reject", author: "ana", note: "typo" });
  await store.reviews.add({
    claimId: byQ.get(4400)!,
    decision: "correct",
    correction: { quantity: 4700 },
    author: "ana",
  });
  await store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reviews everywhere", () => {
  it("the view leaves rejected claims out and overlays corrections", () => {
    const claim = { id: 1, quantity: 10 } as never;
    const out = reviewBatch(
      [{ doc: "d", claims: [claim, { id: 2, quantity: 20 } as never] }],
      [
        {
          id: 1,
          claimId: 1,
          decision: "correct",
          correction: { quantity: 11 },
          note: "",
          author: "a",
          createdAt: "t",
        },
        { id: 2, claimId: 2, decision: "reject", correction: null, note: "", author: "a", createdAt: "t" },
      ],
    );
    expect(out.batch[0].claims.map((c) => (c as { quantity: number }).quantity)).toEqual([11]);
    expect(out.status.get(1)?.original).toEqual({ quantity: 10 });
    expect(out.rejected).toHaveLength(1);
  });

  it("assess and report use the reviewed values", () => {
    const assessed = run("assess");
    expect(assessed).toMatch(/1 rejected claim\(s\) left out, 1 corrected/);
    const json = JSON.parse(run("assess", "--json")) as {
      series: { periods: { figures: { quantity: number }[] }[] }[];
    };
    const figures = json.series.flatMap((s) => s.periods.flatMap((p) => p.figures.map((f) => f.quantity)));
    expect(figures).toEqual([4700]);
    const md = run("report");
    expect(md).toContain("4,700");
    expect(md).not.toContain("97,000");
  });

  it("export carries review columns", () => {
    const csv = run("export", "--format", "csv", "--what", "claims");
    const [head, ...rows] = csv.trim().split("\r\n");
    expect(head).toMatch(/review,reviewed_by,reviewed_at,original_values/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/,correct,ana,/);
    expect(rows[0]).toContain('""quantity"":4400');
  });

  it("claims shows review status and filters by decision", () => {
    const all = run("claims");
    expect(all).toMatch(/\[corrected by ana\]/);
    expect(all).toMatch(/\[rejected by ana\]/);
    expect(all).toMatch(/extracted as: quantity=4400/);
    const rejected = run("claims", "--decision", "reject");
    expect(rejected).toContain("97,000");
    expect(rejected).not.toContain("4,700");
  });
});

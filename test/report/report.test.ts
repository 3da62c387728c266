import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.ts";
import { escapeHtml, escapeMarkdown, safeUrl } from "../../src/report/escape.ts";
import { buildDossier } from "../../src/report/model.ts";
import { renderHtml } from "../../src/report/html.ts";
import { renderMarkdown } from "../../src/report/markdown.ts";
import { allFixtures, troopConflict } from "../assess/fixtures.ts";

function dossierWith(mutate?: (docs: ReturnType<typeof allFixtures>) => void, opts = {}) {
  const docs = allFixtures();
  mutate?.(docs);
  const parties = [
    {
      docId: "wire-1",
      name: "Example <b>Overseas</b> Trading Co",
      listId: "un-1718",
      programmes: ["DPRK"],
      score: 0.95,
    },
  ];
  const { snapshot, engine } = assess(docs, { parties });
  return buildDossier(snapshot, engine, { generatedAt: "2026-01-01T00:00:00Z", ...opts });
}

describe("escapeHtml", () => {
  it("neutralises a script tag and attribute-breaking quotes", () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
    );
    expect(escapeHtml(`' onmouseover=1 "`)).toBe("&#39; onmouseover=1 &quot;");
    expect(escapeHtml("Tom & Jerry")).toBe("Tom &amp; Jerry");
    expect(escapeHtml(null)).toBe("");
  });

  it("only lets http(s) URLs into links", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("https://example.org/a?b=1&c=2")).toBe("https://example.org/a?b=1&amp;c=2");
    expect(escapeMarkdown("<img src=x onerror=1> [link](javascript:x)")).not.toMatch(/<img|[^\\]\]\(/);
  });
});

describe("dossier", () => {
  it("puts a numbered footnote with outlet, date, URL and the quoted sentence on every figure", () => {
    const d = dossierWith();
    const figureCount = d.estimates.reduce((n, e) => n + e.figures.length, 0);
    expect(figureCount).toBeGreaterThan(10);
    const refs = new Set(d.estimates.flatMap((e) => e.figures.map((f) => f.ref)));
    for (const n of refs) expect(d.footnotes[n - 1].n).toBe(n);
    const md = renderMarkdown(d);
    for (const f of d.footnotes) {
      expect(md).toContain(`[^${f.n}]: `);
      expect(f.evidence.length).toBeGreaterThan(20);
    }
    expect(md).toMatch(/\[\^\d+\]: Reuters, 2025-10-02, <https:\/\/example\.org\/wire-1> — “About 15,000/);
  });

  it("escapes hostile article text in the HTML edition and carries no script", () => {
    const d = dossierWith((docs) => {
      // The party acts in the claim's sentence (a mere mention elsewhere would not attach it).
      docs[0].claims[0].evidence = `About 15,000 workers hired by Example <b>Overseas</b> Trading Co <script>alert("pwned")</script> arrived.`;
      docs[0].doc.url = "javascript:alert(1)";
    });
    const html = renderHtml(d);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain("Example &lt;b&gt;Overseas&lt;/b&gt; Trading Co");
    expect(html).toMatch(/<svg[^>]*role="img"/);
  });

  it("shows contradictions side by side and explains the grading scheme", () => {
    const d = dossierWith();
    expect(d.contradictions.length).toBeGreaterThan(0);
    expect(d.contradictions[0].refs).toHaveLength(2);
    expect(d.circular).toHaveLength(1);
    expect(d.methodology.reliability).toHaveLength(6);
    expect(d.methodology.credibility).toHaveLength(6);
    const md = renderMarkdown(d);
    expect(md).toContain("## Methodology");
    expect(md).toContain("UNSCR 2397 (2017) ¶8");
  });

  it("filters by topic and by date", () => {
    const military = dossierWith(undefined, { topic: "military" });
    expect(military.estimates.every((e) => /troops/.test(e.series))).toBe(true);
    const recent = dossierWith(undefined, { since: "2026-01-01" });
    expect(recent.estimates.every((e) => e.period >= "2026")).toBe(true);
    expect(recent.estimates.length).toBeGreaterThan(0);
    const labour = buildDossier(assess(troopConflict()).snapshot, assess(troopConflict()).engine, {
      topic: "labor",
    });
    expect(labour.findings).toHaveLength(0);
  });

  it("draws planned and reported lines in the chart", () => {
    const d = dossierWith();
    const chart = d.charts.find((c) => c.title.startsWith("workers"))!;
    expect(chart.svg).toContain("planned / announced");
    expect(chart.svg).toContain("reported dispatched");
    expect(chart.svg).toContain('stroke-dasharray="6 4"');
    // Russia 2025 and Alabuga 2026 are different places: no line joins them.
    expect(chart.svg).toContain("Alabuga");
  });
});

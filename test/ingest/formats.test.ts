import { describe, expect, it } from "vitest";
import { IngestError, parseFile, parseFileResults } from "../../src/ingest/index.ts";
import { makePdf, REPORT_LINES } from "../fixtures/ingest/make-pdf.ts";
import { collect, fixture, paragraphs, parseFixture, parseOne } from "./helpers.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("HTML pages", () => {
  it("reads title, canonical url, site name and JSON-LD date", async () => {
    const doc = await parseOne("page.html");
    expect(doc).toMatchObject({
      id: "page",
      format: "html",
      title: "Shells by the Container",
      url: "https://example.org/gazette/shells-by-the-container",
      outlet: "Fixture Gazette",
      published: "2024-10-03",
    });
  });

  it("keeps the article paragraphs and drops navigation, ads, related stories, newsletter boxes, footers and scripts", async () => {
    const doc = await parseOne("page.html");
    expect(paragraphs(doc)[0]).toBe("Shells by the Container");
    expect(doc.text).toContain("more than 9,000 containers of munitions");
    expect(doc.text).toContain("more than 6 million artillery rounds");
    expect(doc.text).toContain("KN-23 ballistic missiles");
    for (const junk of [
      "navigation link",
      "masthead",
      "sponsored message",
      "Related stories",
      "football",
      "newsletter",
      "footer text",
      "tracking code",
      "inline script",
      "font-family",
      "<",
      ">",
    ]) {
      expect(doc.text).not.toContain(junk);
    }
  });

  it("falls back to body text for a page without an article and still never keeps markup", async () => {
    const html = `<html><head><title>Tiny</title><meta property="article:published_time" content="2025-01-02T10:00:00Z"></head>
      <body><header><a href="/">Site Logo Text</a></header><nav>Menu</nav><div>Seoul said 1,500 special forces left first.<br>More followed.</div><time datetime="2025-01-05">January 5, 2025</time></body></html>`;
    const [doc] = await parseFile("tiny.html", enc(html));
    expect(doc.published).toBe("2025-01-02");
    expect(doc.text).toContain("Seoul said 1,500 special forces left first.");
    expect(doc.text).not.toMatch(/Menu|<br>/);
    expect(paragraphs(doc)).toEqual([
      "Tiny",
      "Seoul said 1,500 special forces left first.",
      "More followed.",
    ]);
  });

  it("keeps the story when a class word misfires on the element that wraps it", async () => {
    const story = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i + 1} says ${i + 2},000 workers arrived in the Far East this year.</p>`,
    );
    const html = `<html><body><div class="layout-with-sidebar">${story.join("")}<div class="share-bar">Share this</div></div></body></html>`;
    const [doc] = await parseFile("wrapped.html", enc(html));
    expect(paragraphs(doc)).toHaveLength(6);
    expect(doc.text).not.toContain("Share this");
  });

  it("uses <time datetime> when there is no meta date", async () => {
    const html = `<html><body><article><p>Officials counted 7,887 visas.</p><time datetime="2025-03-04T09:00">4 March</time></article></body></html>`;
    expect((await parseFile("t.html", enc(html)))[0].published).toBe("2025-03-04");
  });
});

describe("RSS and Atom feeds", () => {
  it("makes one document per RSS item with its link, date, channel title and HTML content as text", async () => {
    const docs = await parseFixture("feed.rss");
    expect(docs.map((d) => [d.id, d.published, d.outlet, d.sourcePath?.split("/").pop()])).toEqual([
      ["feed-troop-estimate-raised", "2024-11-13", "Fixture Wire", "feed.rss#1"],
      ["feed-casualty-figures-diverge", "2025-02-13", "Fixture Wire", "feed.rss#2"],
    ]);
    expect(paragraphs(docs[0])).toEqual([
      "Troop Estimate Raised",
      "Seoul's spy agency said about 11,000 North Korean soldiers were now in the Kursk region.",
      "An aide said the number could rise.",
    ]);
    expect(docs[0].text).not.toMatch(/alert|Short summary/);
    expect(docs[1].text).toContain("roughly 4,700 North Korean troops had been killed or wounded.");
    expect(docs[1].text).not.toContain("<p>");
    expect(docs.every((d) => d.format === "rss")).toBe(true);
  });

  it("makes one document per Atom entry using the alternate link, falling back to an index id", async () => {
    const docs = await parseFixture("feed.atom");
    expect(docs.map((d) => [d.id, d.url, d.published, d.outlet])).toEqual([
      [
        "feed-it-workers-earn-millions",
        "https://example.org/atom/it-workers-earn-millions",
        "2025-08-30",
        "Fixture Atom Desk",
      ],
      ["feed-2", null, "2025-08-31", "Fixture Atom Desk"],
    ]);
    expect(docs[0].text).toContain("up to $600 million a year");
    expect(docs[1].text).toContain("about 90% of each wage");
  });

  it("rejects malformed XML and XML that is not a feed with an error naming the file", async () => {
    await expect(parseFixture("malformed.xml")).rejects.toThrow(
      /malformed\.xml: malformed feed XML at line 2/,
    );
    await expect(parseFixture("not-a-feed.xml")).rejects.toBeInstanceOf(IngestError);
  });
});

describe("JSONL files", () => {
  it("yields good lines as documents and each bad line as an error naming file:LINE", async () => {
    const results = await collect([fixture("items.jsonl")]);
    const ok = results.flatMap((r) => (r.ok ? [r.doc] : []));
    const bad = results.flatMap((r) => (r.ok ? [] : [r]));
    expect(ok.map((d) => [d.id, d.published, d.title, d.outlet])).toEqual([
      ["items-alabuga-plan", "2026-02-02", "Alabuga Plan", "Fixture Lines"],
      ["items-5", "2025-06", "Visa Count", null],
    ]);
    expect(ok[0].sourcePath).toMatch(/items\.jsonl:1$/);
    expect(bad.map((b) => [b.path.split("/").pop(), b.reason.split(" (")[0]])).toEqual([
      ["items.jsonl:2", "invalid JSON"],
      ["items.jsonl:3", 'missing or empty "text" field'],
    ]);
  });

  it("makes parseFile throw on the first bad line", async () => {
    await expect(parseFixture("items.jsonl")).rejects.toThrow(/items\.jsonl:2: invalid JSON/);
  });
});

describe("PDF files", () => {
  it("extracts the text of the fixture PDF as paragraphs and reads its DATE line", async () => {
    const doc = await parseOne("report.pdf");
    expect(doc.format).toBe("pdf");
    expect(doc.published).toBe("2025-06-17");
    expect(doc.title).toBe("Arms Transfers Monitor");
    expect(paragraphs(doc)).toEqual([
      "Arms Transfers Monitor",
      "Seoul's defence ministry said more than 9,000 containers of munitions had been shipped from North Korea to Russia, and Russian forces had fired KN-23 missiles.",
      "A second paragraph estimates several million artillery rounds.",
    ]);
  });

  it("falls back to the PDF's metadata title and creation date when the text has none", async () => {
    const bytes = makePdf(["Only one sentence about 3,000 troops was printed here."], "Metadata Title");
    const [doc] = await parseFile("meta.pdf", bytes);
    expect(doc.title).toBe("Metadata Title");
    expect(doc.published).toBe("2025-03-01");
    expect(doc.text).toBe("Only one sentence about 3,000 troops was printed here.");
  });

  it("matches the committed fixture to its generator", async () => {
    const { readFile } = await import("node:fs/promises");
    expect(Buffer.compare(await readFile(fixture("report.pdf")), makePdf(REPORT_LINES))).toBe(0);
  });

  it("rejects a file that is not a PDF or is a broken PDF", async () => {
    await expect(parseFile("fake.pdf", enc("hello, not a pdf"))).rejects.toThrow(/fake\.pdf: not a PDF/);
    await expect(parseFileResults("broken.pdf", enc("%PDF-1.4\n1 0 obj garbage"))).rejects.toThrow(
      /broken\.pdf: unreadable PDF/,
    );
  });
});

import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/index.ts";
import { paragraphs, parseOne } from "./helpers.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("plain-text articles", () => {
  it("reads URL, DATE and OUTLET header lines into fields and removes them from the text", async () => {
    const doc = await parseOne("headers.txt");
    expect(doc.id).toBe("headers");
    expect(doc.url).toBe("https://example.org/ledger/2025/06/builders-for-kursk");
    expect(doc.published).toBe("2025-06-17");
    expect(doc.outlet).toBe("Fixture Ledger");
    expect(doc.format).toBe("txt");
    expect(doc.text).not.toMatch(/URL:|DATE:|OUTLET:/);
  });

  it("keeps the headline once, as the title and as the first paragraph", async () => {
    const doc = await parseOne("headers.txt");
    expect(doc.title).toBe("Pyongyang Pledges Builders and Sappers for Kursk");
    expect(paragraphs(doc)[0]).toBe(doc.title);
    expect(doc.text.split("Pyongyang Pledges Builders").length - 1).toBe(1);
  });

  it("joins hard-wrapped lines of one sentence into a single paragraph", async () => {
    const doc = await parseOne("headers.txt");
    expect(paragraphs(doc)).toContain(
      "The visiting Russian security chief said on Tuesday that North Korea would send 1,000 mine-clearing specialists and 5,000 military construction workers to the Kursk region.",
    );
  });

  it("keeps a repeated paragraph once", async () => {
    const doc = await parseOne("headers.txt");
    expect(paragraphs(doc).filter((p) => p.startsWith("Officials in Moscow gave no timetable"))).toHaveLength(
      1,
    );
  });

  it("drops page furniture: share buttons, ads, photo credits, read-more links, lone numbers, bare URLs, follow prompts", async () => {
    const doc = await parseOne("headers.txt");
    for (const junk of [
      "Share",
      "Advertisement",
      "Photo:",
      "Read more",
      "1234",
      "https://example.org/another-story",
      "Telegram",
    ]) {
      expect(doc.text).not.toContain(junk);
    }
    expect(paragraphs(doc)).toHaveLength(3);
  });

  it.each([
    "Tags: North Korea, Russia, labour",
    "Also read: Another headline about something else",
    "Click to share on X (Opens in new window)",
    "© 2025 Some Publisher. All rights reserved.",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "Subscribe to our daily briefing",
    "Follow us on Telegram",
    "Photo: Some Agency",
    "https://example.org/some/link",
    "12 / 40",
  ])("drops the furniture line %j", async (line) => {
    const [doc] = await parseFile(
      "f.txt",
      enc(`Officials counted 1,200 arrivals.\n${line}\nThe count rose again in May.`),
    );
    expect(paragraphs(doc)).toEqual(["Officials counted 1,200 arrivals.", "The count rose again in May."]);
  });

  it("keeps real sentences that merely start like furniture", async () => {
    const keep = [
      "Photos released by the ministry showed 9,000 containers at the port.",
      "Share of wages taken by the state rose to 90% last year.",
      "Subscribers to the state network paid 300 won a month.",
      "Related talks in Moscow covered 5,000 builders.",
      "Follow-up reports put the figure at 12,000.",
    ];
    const [doc] = await parseFile("keep.txt", enc(keep.join("\n")));
    expect(paragraphs(doc)).toEqual(keep);
  });

  it("drops caption, credit and time-ago lines of scraped pages but keeps sentences that mention images", async () => {
    const text = [
      "Image source, Some Agency",
      "Image caption, Soldiers on a train",
      "Updated 3 hours ago",
      "Satellite images showed 20 cargo ships at the port.",
    ].join("\n");
    const [doc] = await parseFile("scraped.txt", enc(text));
    expect(doc.text).toBe("Satellite images showed 20 cargo ships at the port.");
  });

  it("takes the date from a bare dateline and ignores an empty Date: header", async () => {
    const doc = await parseOne("bare-date.txt");
    expect(doc.published).toBe("2025-06-17");
    expect(doc.title).toBe("Sappers Head East, Says Moscow");
    expect(doc.text).not.toMatch(/Tuesday|Date:/);
    expect(paragraphs(doc)).toHaveLength(3);
  });

  it("drops menu entries, section labels and breadcrumbs above the headline", async () => {
    const text =
      "World\nAsia\nHome > World > Asia-Pacific\nExclusive\nSeoul Tracks New Arrivals\nOfficials counted 1,200 arrivals.";
    const [doc] = await parseFile("menu.txt", enc(text));
    expect(paragraphs(doc)).toEqual(["Seoul Tracks New Arrivals", "Officials counted 1,200 arrivals."]);
  });

  it("does not take a byline for the headline", async () => {
    const [doc] = await parseFile(
      "byline.txt",
      enc("By Staff Reporter\n\nTroops Rotate Out of Kursk\n\nAbout 3,000 soldiers were replaced."),
    );
    expect(doc.title).toBe("Troops Rotate Out of Kursk");
  });

  it("reads a day-month-year dateline", async () => {
    expect((await parseOne("dmy-date.txt")).published).toBe("2026-01-25");
  });

  it("leaves published null when the only Date: header is empty, and puts a TITLE: header first in the text", async () => {
    const doc = await parseOne("empty-date.txt");
    expect(doc.published).toBeNull();
    expect(doc.title).toBe("An Undated Note on Remittances");
    expect(paragraphs(doc)).toEqual([
      "An Undated Note on Remittances",
      "Analysts said most of the wages earned abroad were handed over to the state.",
    ]);
  });

  it("normalises Unicode: fullwidth digits, no-break spaces, CRLF, replacement characters, zero-width spaces", async () => {
    const doc = await parseOne("unicode.txt");
    expect(doc.text).toContain(
      "Russia's border data listed 13,221 arrivals and roughly 6 000 student visas, officials said.",
    );
    expect(doc.text).toContain("A second paragraph with a zero-width space.");
    expect(doc.text).not.toMatch(/[\r\u00a0\u200b\ufffd]/);
    expect(doc.text).not.toMatch(/\n{3,}/);
  });

  it("gives identical content in two files the same contentHash and different ids", async () => {
    const a = await parseOne("same-a.txt");
    const b = await parseOne("same-b.txt");
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.id).not.toBe(b.id);
    const c = await parseFile("c.txt", enc("Identical Content Check\n\nA different body with 5 figures."));
    expect(c[0].contentHash).not.toBe(a.contentHash);
  });

  it("treats each line as its own paragraph unless it clearly continues a sentence", async () => {
    const text = [
      "Headline Without Punctuation",
      "12,000 workers are expected, an official said.",
      "The plan was announced on Friday",
      "Another line starts a new paragraph.",
      "This sentence was wrapped because",
      "the scraper cut it.",
    ].join("\n");
    const [doc] = await parseFile("lines.txt", enc(text));
    expect(paragraphs(doc)).toEqual([
      "Headline Without Punctuation",
      "12,000 workers are expected, an official said.",
      "The plan was announced on Friday",
      "Another line starts a new paragraph.",
      "This sentence was wrapped because the scraper cut it.",
    ]);
  });

  it("drops the list of other stories after a trailing Related marker but keeps a Related heading early on", async () => {
    const body = Array.from(
      { length: 4 },
      (_, i) => `Paragraph ${i + 1} reports that 1,${i}00 workers left for Russia.`,
    );
    const late = [...body, "Related", "An unrelated story about a concert", "Another unrelated story"].join(
      "\n\n",
    );
    const [doc] = await parseFile("late.txt", enc(late));
    expect(doc.text).not.toContain("unrelated");
    expect(paragraphs(doc)).toHaveLength(4);
    const early = ["Related", ...body].join("\n\n");
    expect(paragraphs((await parseFile("early.txt", enc(early)))[0])).toHaveLength(4);
  });

  it("reads a saved web page with a .txt extension as HTML, never keeping markup", async () => {
    const html =
      "<!DOCTYPE html><html><head><title>Saved Page</title></head><body><p>About 11,000 soldiers were sent.</p><script>var x = 1;</script></body></html>";
    const [doc] = await parseFile("saved.txt", enc(html));
    expect(doc.format).toBe("html");
    expect(doc.text).toBe("Saved Page\n\nAbout 11,000 soldiers were sent.");
  });
});

describe("markdown articles", () => {
  it("reads front matter, strips heading markers, emphasis, links and images, keeps list items as paragraphs", async () => {
    const doc = await parseOne("article.md");
    expect(doc.format).toBe("md");
    expect(doc.published).toBe("2025-03-10");
    expect(doc.url).toBe("https://example.org/md/student-visas");
    expect(doc.outlet).toBe("Fixture Review");
    expect(doc.title).toBe("Student Visas Mask a Labour Flow");
    expect(paragraphs(doc)).toEqual([
      "Student Visas Mask a Labour Flow",
      "Russian border data show that 13,221 North Korean citizens entered Russia in 2024, according to a report that cited the border service.",
      "Of these, 7,887 came on student visas.",
      "Most went to building sites in the Far East.",
      "Some went to factories.",
      "Diplomats called the jump a sanctions workaround.",
    ]);
    expect(doc.text).not.toMatch(/[#*_[\]()>]|https?:/);
  });
});

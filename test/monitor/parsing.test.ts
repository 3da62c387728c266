import { describe, expect, it } from "vitest";
import { parseRobots } from "../../src/monitor/robots.ts";
import { extractLinks, normalizeLink } from "../../src/monitor/links.ts";
import { formatDuration, parseDuration } from "../../src/monitor/duration.ts";
import { jobState } from "../../src/jobs/inspect.ts";

describe("robots.txt", () => {
  const robots = parseRobots(
    "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /archive/\nAllow: /archive/public/\nDisallow: /*.pdf$\nDisallow:\n",
    "flowwatch",
  );
  it("applies the * group, the longest rule winning", () => {
    expect(robots.isAllowed("/news/today")).toBe(true);
    expect(robots.isAllowed("/archive/2024")).toBe(false);
    expect(robots.isAllowed("/archive/public/2024")).toBe(true);
  });
  it("understands * and $ wildcards", () => {
    expect(robots.isAllowed("/files/report.pdf")).toBe(false);
    expect(robots.isAllowed("/files/report.pdf?x=1")).toBe(true);
  });
  it("prefers a group naming our agent", () => {
    const own = parseRobots(
      "User-agent: *\nDisallow: /\n\nUser-agent: flowwatch\nDisallow: /drafts/\n",
      "flowwatch",
    );
    expect(own.isAllowed("/news")).toBe(true);
    expect(own.isAllowed("/drafts/x")).toBe(false);
  });
});

describe("source links", () => {
  it("drops fragments and tracking parameters, keeps other parameters", () => {
    expect(normalizeLink("/a?id=7&utm_source=x&fbclid=y#top", "https://news.example/feed")).toBe(
      "https://news.example/a?id=7",
    );
    expect(normalizeLink("mailto:desk@news.example", "https://news.example/")).toBeNull();
  });
  it("reads JSON Feed items and sitemap locations", () => {
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      items: [
        { id: "1", url: "https://news.example/one" },
        { id: "2", external_url: "/two" },
      ],
    });
    expect(extractLinks("jsonfeed", json, "https://news.example/feed.json")).toEqual([
      "https://news.example/one",
      "https://news.example/two",
    ]);
    const sitemap = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/x</loc></url><url><loc>https://news.example/x#dup</loc></url><url><loc>https://news.example/y</loc></url></urlset>`;
    expect(extractLinks("sitemap", sitemap, "https://news.example/sitemap.xml")).toEqual([
      "https://news.example/x",
      "https://news.example/y",
    ]);
  });
  it("reads Atom alternate links", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Item</title><link rel="alternate" href="https://news.example/atom-item"/><id>tag:1</id><updated>2026-01-01T00:00:00Z</updated><summary>Brief note.</summary></entry></feed>`;
    expect(extractLinks("atom", atom, "https://news.example/atom.xml")).toEqual([
      "https://news.example/atom-item",
    ]);
  });
});

describe("durations", () => {
  it("parses and formats", () => {
    expect(parseDuration("15m")).toBe(900);
    expect(parseDuration("2h")).toBe(7200);
    expect(formatDuration(900)).toBe("15m");
    expect(formatDuration(90)).toBe("90s");
    expect(() => parseDuration("15 minutes")).toThrow(/invalid duration/);
    expect(() => parseDuration("0m")).toThrow(/invalid duration/);
  });
});

describe("job states", () => {
  const base = { locked_at: null, attempts: 0, max_attempts: 5, run_at: new Date(0), last_error: null };
  it("tells queued, running, retrying and failed (dead letter) apart", () => {
    expect(jobState(base)).toBe("queued");
    expect(jobState({ ...base, locked_at: new Date() })).toBe("running");
    expect(jobState({ ...base, attempts: 2, last_error: "HTTP 500" })).toBe("retrying");
    expect(jobState({ ...base, attempts: 5, last_error: "HTTP 500" })).toBe("failed");
    expect(jobState({ ...base, run_at: new Date(Date.now() + 60_000) })).toBe("scheduled");
  });
});

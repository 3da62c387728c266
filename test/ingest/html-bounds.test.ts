import { describe, expect, it } from "vitest";
import { scanHtml } from "../../src/ingest/html-bounds.ts";

describe("scanHtml", () => {
  it("counts nesting of explicitly closed elements only", () => {
    expect(scanHtml("<div><section><p>a<p>b<br><img src=x></section></div>", 100, 100)).toEqual({
      elements: 6,
      depth: 2,
    });
  });

  it("a closing tag closes what was opened inside it; a stray one is ignored", () => {
    expect(scanHtml("<div><span><b>x</div></i><div>y</div>", 100, 100).depth).toBe(3);
  });

  it("does not read markup inside script or style", () => {
    expect(scanHtml(`<script>${"<div>".repeat(50)}</script><div></div>`, 100, 10)).toEqual({
      elements: 2,
      depth: 1,
    });
  });

  it("stops at the first limit passed", () => {
    expect(scanHtml("<div>".repeat(10_000), 100_000, 50).depth).toBe(51);
    expect(scanHtml("<br>".repeat(10_000), 100, 50).elements).toBe(101);
  });
});

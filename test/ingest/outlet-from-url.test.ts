import { describe, expect, it } from "vitest";
import { outletFromUrl } from "../../src/ingest/outletFromUrl.ts";
import { parseFile } from "../../src/ingest/parse.ts";

describe("outlet from the URL host", () => {
  it.each([
    ["https://www.nknews.org/2025/06/some-story/", "NK News"],
    ["https://world.kbs.co.kr/service/news_view.htm?id=1", "KBS World"],
    ["https://m.bbc.com/news/articles/abc", "BBC"],
    ["http://www.wsj.com/world/asia/x", "The Wall Street Journal"],
    ["www.meduza.io/en/feature/x", "Meduza"],
  ])("%s → %s", (url, outlet) => expect(outletFromUrl(url)).toBe(outlet));

  it("gives an unknown host as itself, without www", () => {
    expect(outletFromUrl("https://www.example-news.net/a/b")).toBe("example-news.net");
  });

  it("gives nothing for a missing or unusable URL", () => {
    expect(outletFromUrl(null)).toBeNull();
    expect(outletFromUrl("not a url at all")).toBeNull();
  });
});

describe("ingest fills the outlet from the URL", () => {
  it("when the article has no OUTLET header", async () => {
    const text =
      "URL: https://www.nknews.org/2025/01/a-story/\nDATE: 2025-01-02\n\nA headline here\n\nSome body text for the story.\n";
    const [doc] = await parseFile("x.txt", new TextEncoder().encode(text));
    expect(doc.outlet).toBe("NK News");
  });

  it("but an OUTLET header wins", async () => {
    const text =
      "URL: https://www.nknews.org/2025/01/a-story/\nOUTLET: Some Paper\n\nA headline here\n\nBody text.\n";
    const [doc] = await parseFile("x.txt", new TextEncoder().encode(text));
    expect(doc.outlet).toBe("Some Paper");
  });
});

import { describe, expect, it } from "vitest";
import { cleanSourceName } from "../../src/extract/index.ts";
import { claimsOf, only } from "./helpers.ts";

const source = (text: string) => only(text).attributedTo;

describe("attribution", () => {
  it.each([
    [
      "Ukrainian intelligence reported that North Korea will send 8,000 workers to Russia.",
      // "Ukrainian intelligence" could be any of Ukraine's services: it is kept as written
      "Ukrainian intelligence",
    ],
    [
      "Ukraine's military intelligence reported that North Korea will send 8,000 workers to Russia.",
      // a well-known body gets its canonical name, whatever variant the text uses
      "Ukraine's military intelligence (GUR)",
    ],
    [
      "North Korea sent 8,000 workers to Russia, according to South Korea's National Intelligence Service.",
      "South Korea's National Intelligence Service (NIS)",
    ],
    ["North Korea sent 8,000 workers to Russia, the Financial Times reported on Friday.", "Financial Times"],
    [
      "Statements by Defence Minister Andrei Belousov reveal that North Korea sent 8,000 workers to Russia.",
      "Andrei Belousov",
    ],
    ["North Korea sent 8,000 workers to Russia, said Kim Byung-kee, a lawmaker.", "Kim Byung-kee"],
    ["North Korea reportedly sent 8,000 workers to Russia.", null],
    ["Reports suggest North Korea sent 8,000 workers to Russia.", null],
    ["North Korea sent 8,000 workers to Russia.", null],
  ])("%s → %s", (text, who) => expect(source(text)).toBe(who));

  it("keeps a citing chain, nearest source first, and credits its named origin", () => {
    const c = only("Yonhap, citing the NIS, reported that North Korea sent 8,000 workers to Russia.");
    expect(c.attributedTo).toBe("South Korea's National Intelligence Service (NIS)");
    expect(c.attributionChain).toEqual(["Yonhap", "South Korea's National Intelligence Service (NIS)"]);
    // an anonymous origin leaves the relay as the source
    const d = only(
      "Yonhap, citing a government source, reported that North Korea sent 8,000 workers to Russia.",
    );
    expect(d.attributedTo).toBe("Yonhap");
  });

  it("resolves 'It said' and 'the agency said' to the source named before", () => {
    const c = claimsOf(
      "The NIS briefed lawmakers on Tuesday. It said 11,000 North Korean troops are in Kursk.",
    );
    expect(c[0].attributedTo).toBe("South Korea's National Intelligence Service (NIS)");
    const d = claimsOf(
      "Ukraine's HUR issued a statement. North Korea has sent 2,000 more troops, the agency said.",
    );
    expect(d[0].attributedTo).toBe("Ukraine's military intelligence (HUR)");
  });

  it("inherits the previous sentence's source within a paragraph, not across paragraphs", () => {
    const same = claimsOf(
      "The Kremlin confirmed the deal on Monday. North Korea will send 6,000 builders to Kursk.",
    );
    expect(same[0].attributedTo).toBe("The Kremlin");
    const other = claimsOf(
      "The Kremlin confirmed the deal on Monday.\n\nNorth Korea will send 6,000 builders to Kursk.",
    );
    expect(other[0].attributedTo).toBeNull();
  });

  it("reads a headline byline", () => {
    // A surname the gazetteer knows is given in full (issue #10: full names over surnames).
    expect(source("North Korea to send 6,000 builders to Kursk: Shoigu")).toBe("Sergei Shoigu");
    expect(source("North Korea shipped 3 million shells to Russia — NIS")).toBe(
      "South Korea's National Intelligence Service (NIS)",
    );
  });

  it("strips titles from people's names but keeps organisations whole", () => {
    expect(cleanSourceName("Russian Security Council Secretary Sergei Shoigu")).toBe("Sergei Shoigu");
    expect(cleanSourceName("Lt. Gen. Kyrylo Budanov")).toBe("Kyrylo Budanov");
    expect(cleanSourceName("the Wall Street Journal")).toBe("Wall Street Journal");
    expect(cleanSourceName("South Korea's National Intelligence Service (NIS)")).toBe(
      "South Korea's National Intelligence Service",
    );
  });
});

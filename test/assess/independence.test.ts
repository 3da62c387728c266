import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.ts";
import { estimateJaccard, signature } from "../../src/assess/minhash.ts";
import { resolveSource } from "../../src/assess/sources.ts";
import {
  circularStory,
  independentWorkers,
  sameStoryRewrite,
  syndicatedStory,
  troopConflict,
} from "./fixtures.ts";

function seriesFor(snapshot: ReturnType<typeof assess>["snapshot"], key: string) {
  const s = snapshot.series.find((x) => x.key === key);
  if (!s) throw new Error(`no series ${key}; have ${snapshot.series.map((x) => x.key).join(", ")}`);
  return s;
}

describe("independence", () => {
  it("gives a syndicated copy with a new headline and a distribution line a signature close to the original", () => {
    const [original, copy] = syndicatedStory();
    const sim = estimateJaccard(signature(original.doc.text), signature(copy.doc.text));
    expect(sim).toBeGreaterThan(0.7);
    const [, other] = troopConflict();
    expect(estimateJaccard(signature(original.doc.text), signature(other.doc.text))).toBeLessThan(0.1);
  });

  it("collapses three syndicated copies onto the one origin of the earliest copy", () => {
    const { snapshot } = assess(syndicatedStory());
    expect(snapshot.clusters["copy-a"]).toBe("wire-1");
    expect(snapshot.clusters["copy-b"]).toBe("wire-1");
    const period = seriesFor(snapshot, "workers|realised|persons|Russia").periods[0];
    expect(period.figures).toHaveLength(3);
    expect(period.origins).toEqual(["outlet:reuters"]);
    expect(period.figures.every((f) => f.corroboration === 1)).toBe(true);
    expect(period.figures.filter((f) => f.origin.basis === "syndicated_copy")).toHaveLength(2);
  });

  it("counts corroboration as distinct origins, not documents", () => {
    const { snapshot } = assess([...syndicatedStory(), ...independentWorkers()]);
    const period = seriesFor(snapshot, "workers|realised|persons|Russia").periods[0];
    expect(period.figures).toHaveLength(5);
    expect(period.origins).toEqual(["kr-nis", "outlet:reuters", "ua-hur"]);
    const wire = period.figures.find((f) => f.docId === "wire-1")!;
    expect(wire.corroboration).toBe(3);
    expect(wire.grade.credibility).toBe(1);
  });

  it("takes the end of an attribution chain as the origin, through aliases", () => {
    const { snapshot } = assess(independentWorkers());
    const fig = seriesFor(snapshot, "workers|realised|persons|Russia").periods[0].figures.find(
      (f) => f.docId === "joongang-1",
    )!;
    expect(fig.origin.id).toBe("kr-nis");
    expect(fig.origin.basis).toBe("chain");
    expect(resolveSource("NIS").id).toBe("kr-nis");
    expect(resolveSource("the National Intelligence Service (NIS)").id).toBe("kr-nis");
    expect(resolveSource("South Korean intelligence officials").id).toBe("kr-nis");
    expect(resolveSource("Some Unknown Blog").id).toBe("src:some-unknown-blog");
  });

  it("treats an unknown source named with a different kind of material as the same origin", () => {
    expect(resolveSource("Mongolian customs data").id).toBe(resolveSource("Mongolian customs statistics").id);
    expect(resolveSource("Mongolian customs data").id).not.toBe(resolveSource("Mongolian railway data").id);
    expect(resolveSource("Figures").id).toBe("src:figures");
  });

  it("flags a confirmation that cites an earlier report of the same figure as circular", () => {
    const { snapshot } = assess(circularStory());
    expect(snapshot.circular).toHaveLength(1);
    expect(snapshot.circular[0]).toMatchObject({ citedVia: "Yonhap", trueOrigin: "kr-nis" });
    const period = seriesFor(snapshot, "troops|realised|persons|Russia").periods[0];
    expect(period.origins).toEqual(["kr-nis"]);
    const echo = period.figures.find((f) => f.docId === "echo-troops")!;
    expect(echo.origin.basis).toBe("circular");
    expect(echo.corroboration).toBe(1);
  });

  it("treats two outlets printing the same figure in a near-identical sentence days apart as one story", () => {
    const { snapshot } = assess(sameStoryRewrite());
    expect(snapshot.clusters["rewrite-b"]).toBeUndefined();
    const period = seriesFor(snapshot, "troops|realised|persons|Russia").periods[0];
    expect(period.origins).toHaveLength(1);
    expect(period.figures.find((f) => f.docId === "rewrite-b")!.origin.basis).toBe("same_story");
  });

  it("keeps two outlets with the same figure but unrelated sentences as two origins", () => {
    const docs = sameStoryRewrite();
    docs[1].claims[0].evidence =
      "Analysts in Vilnius counted three thousand new arrivals, 3,000 in all, from satellite images.";
    const { snapshot } = assess(docs);
    expect(seriesFor(snapshot, "troops|realised|persons|Russia").periods[0].origins).toHaveLength(2);
  });
});

describe("source names", () => {
  it("resolves an outlet recorded as its web domain", () => {
    expect(resolveSource("www.nknews.org").id).toBe("outlet:nk-news");
    expect(resolveSource("https://en.yna.co.kr/view/x").id).toBe("outlet:yonhap");
    expect(resolveSource("Yonhap News Agency").id).toBe("outlet:yonhap");
  });
});

describe("source name variants", () => {
  it("finds a distinctive word inside a longer name but not a generic one", () => {
    expect(resolveSource("Kremlin spokesman").id).toBe("ru-gov");
    expect(resolveSource("the NIS chief").id).toBe("kr-nis");
    expect(resolveSource("Pentagon officials").id).toBe("us-intel");
    expect(resolveSource("officials in Seoul").id).toBe("src:officials-in-seoul");
    expect(resolveSource("reports").id).toBe("anonymous");
  });

  it("leaves figures outside the subject vocabulary out of the assessment", () => {
    const [doc] = syndicatedStory();
    const context = { ...doc.claims[0], subject: "context" as never, span: { start: 1, end: 2 } };
    const { snapshot } = assess([{ doc: doc.doc, claims: [doc.claims[0], context] }]);
    expect(snapshot.series.map((s) => s.subject)).toEqual(["workers"]);
  });
});

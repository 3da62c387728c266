// Issue 11, defect 8: a party is attached to a finding only when it acts in a claim's clause.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.ts";
import { makeDoc } from "./fixtures.ts";

const ACTS = "About 400 North Korean labourers were hired through Example Trading Co for the port works.";
const MENTION = "Example Leader did not comment on the arrangement.";
const SPEAKER = "Example Envoy, who met Example Leader last week, said 400 labourers would arrive.";

function docWith(paragraphs: string[], claimSentence: string) {
  return makeDoc("p1", { outlet: "Reuters", published: "2025-06-01" }, paragraphs, [
    { text: claimSentence, figure: "400", quantity: 400, time: "2025", event: "deployment_reported" },
  ]);
}

function hitAt(doc: ReturnType<typeof docWith>, name: string, type: string) {
  const start = doc.doc.text.indexOf(name);
  return {
    docId: "p1",
    name,
    listId: "un-1718",
    programmes: ["DPRK"],
    score: 1,
    type,
    span: { start, end: start + name.length },
  };
}

describe("parties", () => {
  it("attaches a party that acts in the claim's sentence", () => {
    const doc = docWith([ACTS, MENTION], ACTS);
    const parties = [
      hitAt(doc, "Example Trading Co", "organization"),
      hitAt(doc, "Example Leader", "person"),
    ];
    const f = assess([doc], { parties }).snapshot.findings[0];
    expect(f.parties.map((p) => p.name)).toEqual(["Example Trading Co"]);
    expect(f.paragraphs.map((p) => p.id)).toContain("1718-8d");
    // A company is not subject to the travel ban.
    expect(f.paragraphs.map((p) => p.id)).not.toContain("1718-8e");
  });

  it("does not attach a person only mentioned in the claim's sentence", () => {
    const doc = docWith([SPEAKER], SPEAKER);
    const parties = [hitAt(doc, "Example Leader", "person")];
    const f = assess([doc], { parties }).snapshot.findings[0];
    expect(f.parties).toEqual([]);
  });

  it("does not attach the source of the figure", () => {
    for (const sentence of [
      "A state news agency quoted Example Envoy as saying Pyongyang would send 400 labourers.",
      "Figures released by Example Agency show that 400 labourers entered the country.",
      "Example Envoy said on Monday that 400 labourers would be sent.",
    ]) {
      const doc = docWith([sentence], sentence);
      const name = sentence.includes("Agency") ? "Example Agency" : "Example Envoy";
      const f = assess([doc], { parties: [hitAt(doc, name, "organization")] }).snapshot.findings[0];
      expect(f.parties, sentence).toEqual([]);
    }
  });
});

// The pure parts of the mentions hook: normalised candidate keys, resolution against the
// gazetteer, headline detection, and the backfill of documents stored before the hook existed.
import { describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/open.ts";
import type { SourceDocument } from "../../../src/types.ts";
import { findMentions, loadRegistry } from "../../../src/resolve/entities/index.ts";
import {
  backfillMentions,
  candidateEntityId,
  inHeadline,
  normalisedNameKey,
  resolveFoundMentions,
} from "../../../src/resolve/mentions-hook.ts";
import { sentencesOf } from "../../store/fixtures.ts";

const doc = (id: string, text: string): SourceDocument => ({
  id,
  contentHash: `hash-${id}`,
  url: null,
  title: null,
  outlet: null,
  published: "2025-02-01",
  text,
  format: "txt",
  sourcePath: null,
});

describe("normalised candidate names", () => {
  it("gives two spellings of one company the same key and a different company another", () => {
    const a = normalisedNameKey("Hwasong Marble Trading Co.", "organization");
    expect(normalisedNameKey("HWASONG MARBLE TRADING COMPANY", "organization")).toBe(a);
    expect(normalisedNameKey("Hwasong Marble Trading Company Ltd", "organization")).toBe(a);
    expect(normalisedNameKey("Hwasong Granite Trading Company", "organization")).not.toBe(a);
  });

  it("folds the spacing and hyphenation of Korean given names", () => {
    const k = normalisedNameKey("Ryom Chol Su", "person");
    expect(normalisedNameKey("Ryom Chol-su", "person")).toBe(k);
    expect(normalisedNameKey("Ryom Cholsu", "person")).toBe(k);
    expect(candidateEntityId("person", "Ryom Chol-su")).toBe(`candidate:person:${k}`);
  });
});

describe("resolving found mentions", () => {
  const registry = loadRegistry();

  it("merges spellings of one candidate and keeps gazetteer mentions as they are", () => {
    const text =
      "Minister Ryom Chol Su visited Pyongyang. Later, Ryom Chol-su met buyers from Hwasong Marble Trading Co. in Moscow.";
    const found = findMentions(doc("d", text), registry);
    const { mentions, candidates } = resolveFoundMentions(found, registry, text);
    const persons = candidates.filter((c) => c.type === "person");
    expect(persons).toHaveLength(1);
    expect([persons[0].name, ...persons[0].aliases]).toEqual(["Ryom Chol Su", "Ryom Chol-su"]);
    const ryom = mentions.filter((m) => m.text.startsWith("Ryom"));
    expect(new Set(ryom.map((m) => m.entityId))).toEqual(new Set([persons[0].id]));
    expect(mentions.find((m) => m.text === "Pyongyang")?.entityId).toBe(
      registry.entities.find((e) => e.name === "Pyongyang")!.id,
    );
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("headline lines", () => {
  it("recognises a title-case line without a sentence as a headline", () => {
    const text = "Trading House Opens Branch Near the Border\n\nThe Trading House said little.";
    expect(inHeadline(text, 0)).toBe(true);
    const body = text.indexOf("The Trading");
    expect(inHeadline(text, body + 4)).toBe(false);
  });

  it("does not take a short body sentence or a lower-case caption for a headline", () => {
    expect(inHeadline("Kim Met Officials In Moscow.", 0)).toBe(false);
    expect(inHeadline("Workers from the North at a building site in Vladivostok, March 2025", 0)).toBe(false);
  });
});

describe("backfilling mentions", () => {
  it("records mentions for stored documents that have none, once", async () => {
    const store = await openStore(":memory:");
    try {
      const texts = [
        "A freight agent in Nakhodka said Hwasong Marble Trading Company had leased two warehouses.",
        "Nobody was named in this short note about the weather.",
      ];
      for (const [i, text] of texts.entries()) await store.putDocument(doc(`b${i}`, text), sentencesOf(text));
      const errors: string[] = [];
      const first = await backfillMentions(store, { onError: (id, r) => errors.push(`${id}: ${r}`) });
      expect(errors).toEqual([]);
      expect(first.documents).toBe(1);
      expect(first.mentions).toBeGreaterThanOrEqual(2);
      const hwasong = await store.entities.list({ candidate: true, q: "hwasong" });
      expect(hwasong.items.map((e) => [e.name, e.mentionCount])).toEqual([
        ["Hwasong Marble Trading Company", 1],
      ]);
      expect(await backfillMentions(store)).toEqual({ documents: 0, mentions: 0, failed: 0 });
    } finally {
      await store.close();
    }
  });
});

import { describe, expect, it } from "vitest";
import type { Entity, SourceDocument } from "../../../src/types.ts";
import {
  EntityRegistry,
  candidateEntities,
  findMentions,
  loadRegistry,
  proposeCandidates,
} from "../../../src/resolve/entities/index.ts";

const doc = (text: string): SourceDocument => ({
  id: "t1",
  contentHash: "",
  url: null,
  title: null,
  outlet: null,
  published: null,
  text,
  format: "txt",
  sourcePath: null,
});

const found = (text: string, registry = loadRegistry()) =>
  findMentions(doc(text), registry).map(
    (m) => [text.slice(m.start, m.end), m.entityId, m.candidate] as const,
  );

describe("finding registry entities in text", () => {
  it("finds aliases regardless of case, hyphens and apostrophes, at word boundaries", () => {
    const text = "Analysts said KIM JONG-UN and the Workers Party of Korea ignored Kimchi exports.";
    expect(found(text)).toEqual([
      ["KIM JONG-UN", "person:kim-jong-un", false],
      ["Workers Party of Korea", "org:workers-party-of-korea", false],
    ]);
  });

  it("prefers the longest alias where several overlap", () => {
    const text = "Staff of the Kursk region office and of Korea Rungrado General Trading Corporation met.";
    expect(found(text).map(([t, id]) => [t, id])).toEqual([
      ["Kursk region", "place:kursk-oblast"],
      ["Korea Rungrado General Trading Corporation", "org:korea-rungrado-general-trading-corporation"],
    ]);
  });

  it("finds Korean names with attached particles and declined Russian names", () => {
    const text =
      "국정원은 김정은이 러시아에 파병했다고 밝혔다. Пресс-служба Путина и Шойгу прокомментировала данные ГУР.";
    expect(found(text).map(([t, id]) => [t, id])).toEqual([
      ["국정원", "agency:national-intelligence-service"],
      ["김정은", "person:kim-jong-un"],
      ["러시아", "place:russia"],
      ["Путина", "person:vladimir-putin"],
      ["Шойгу", "person:sergei-shoigu"],
      ["ГУР", "agency:defence-intelligence-of-ukraine"],
    ]);
  });

  it("finds multi-word Russian names in any grammatical case", () => {
    const text = "Бойцы КНДР замечены в Курской области; об этом сообщили Северной Корее и Кириллу Буданову.";
    expect(found(text).map(([t, id]) => [t, id])).toEqual([
      ["КНДР", "place:north-korea"],
      ["Курской области", "place:kursk-oblast"],
      ["Северной Корее", "place:north-korea"],
      ["Кириллу Буданову", "person:kyrylo-budanov"],
    ]);
  });

  it("matches short capitalised acronyms only when written in capitals", () => {
    expect(found("The NIS briefed lawmakers.").map(([, id]) => id)).toEqual([
      "agency:national-intelligence-service",
    ]);
    expect(found("Their nis and gur and ap notes.")).toEqual([]);
  });

  it("does not match an alias inside a longer word", () => {
    expect(found("Alabugastan and Russiaville are invented places.")).toEqual([]);
  });

  it("works on a registry built from any entities", () => {
    const entities: Entity[] = [
      {
        id: "org:test-works",
        type: "organization",
        name: "Test Works",
        aliases: ["Тест Воркс"],
        identifiers: {},
      },
    ];
    const registry = new EntityRegistry(entities);
    expect(found("Crews from test works and Тест Воркс.", registry).map(([t]) => t)).toEqual([
      "test works",
      "Тест Воркс",
    ]);
  });
});

describe("proposing unknown names as candidates", () => {
  it("proposes capitalised names that carry an organisation keyword", () => {
    const text =
      "Workers were hired through the Pyongyang-based Chollima Star Construction Corporation last spring.";
    const mentions = findMentions(doc(text), loadRegistry());
    const candidates = candidateEntities(mentions);
    expect(candidates).toEqual([
      {
        id: "candidate:org:chollima-star-construction-corporation",
        type: "organization",
        name: "Chollima Star Construction Corporation",
        aliases: [],
        identifiers: {},
        candidate: true,
      },
    ]);
    expect(mentions.find((m) => m.entityId === "place:pyongyang")).toBeTruthy();
  });

  it("proposes person names after titles and Korean three-part names", () => {
    const text =
      "Lieutenant General Han Su Bok met Deputy Minister Ivan Petrenko, while Ri Yong-nam said nothing.";
    expect(proposeCandidates(text).map((c) => [c.text, c.type])).toEqual([
      ["Han Su Bok", "person"],
      ["Ivan Petrenko", "person"],
      ["Ri Yong-nam", "person"],
    ]);
  });

  it("does not propose generic phrases or single words", () => {
    expect(proposeCandidates("The Company said the State Trading Group and Construction were busy.")).toEqual(
      [],
    );
  });

  it("never proposes a name the registry already knows", () => {
    const mentions = findMentions(
      doc("Defence Minister Andrei Belousov visited Korea Sobaeksu Trading Company."),
      loadRegistry(),
    );
    expect(mentions.every((m) => !m.candidate)).toBe(true);
    expect(mentions.map((m) => m.entityId)).toEqual([
      "person:andrei-belousov",
      "org:korea-sobaeksu-trading-company",
    ]);
  });
});

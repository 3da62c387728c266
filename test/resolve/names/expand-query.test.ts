import { describe, expect, it } from "vitest";
import { expandSearchQuery } from "../../../src/resolve/names/expand-query.ts";
import type { Entity } from "../../../src/types.ts";

const registry: Entity[] = [
  {
    id: "person:test-shoigu",
    type: "person",
    name: "Sergei Shoigu",
    aliases: ["Shoigu", "Шойгу", "쇼이구"],
    identifiers: {},
  },
  { id: "site:alabuga", type: "site", name: "Alabuga", aliases: ["Алабуга", "알라부가"], identifiers: {} },
];

describe("expandSearchQuery", () => {
  it("widens a name to its other scripts, as prefixes", () => {
    expect(expandSearchQuery("Shoigu", registry)).toBe('Shoigu OR "Sergei Shoigu" OR шойг* OR 쇼이구*');
    expect(expandSearchQuery("алабуга", registry)).toBe("алабуга OR Alabuga OR алабуг* OR 알라부가*");
  });
  it("leaves other queries alone", () => {
    expect(expandSearchQuery("labour camps", registry)).toBe("labour camps");
    expect(expandSearchQuery("Shoigu OR Lavrov", registry)).toBe("Shoigu OR Lavrov");
  });
  it("reads the real gazetteer by default", () => {
    expect(expandSearchQuery("Shoigu")).toContain("쇼이구*");
  });
});

// Korean refiners end to end, on short articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractClaimsDebug } from "../../../../src/extract/index.ts";

const brief = (text: string, published = "2025-05-20") =>
  extractClaimsDebug({ id: "t", text, published }).claims.map((c) => ({
    q: c.quantity,
    s: c.subject,
    e: c.event,
    d: c.destination,
    a: c.attributedTo,
    t: c.time,
    k: c.qualifier,
  }));

describe("ko refiners", () => {
  it("planned dispatch to a place, with the source (ko.attachEvent, attachDestination, attachAttribution)", () => {
    expect(brief("국정원은 북한이 연해주에 건설 노동자 2천 명을 보낼 계획이라고 밝혔다.")[0]).toMatchObject({
      q: 2000,
      s: "construction_workers",
      e: "deployment_planned",
      d: "Primorye",
      a: "National Intelligence Service (NIS)",
      t: "2025-05-20",
    });
  });
  it("reported deployment and casualties run to the publication date (ko.attachTime)", () => {
    const r = brief(
      "북한군 약 1만 2천 명이 쿠르스크에 파병됐고 사상자는 3천여 명에 이른다고 정보 당국이 밝혔다.",
    );
    expect(r.map((c) => [c.q, c.s, c.e, c.t, c.k])).toEqual([
      [12000, "troops", "deployment_reported", "../2025-05-20", "approx"],
      [3000, "casualties", "casualties", "../2025-05-20", "approx"],
    ]);
    expect(r[0].a).toBe("South Korean intelligence authorities");
  });
  it("a passive future is a plan (ko.attachEvent)", () => {
    expect(brief("북한 노동자 약 2천 명이 내년 연해주 공사에 투입될 예정이다.")[0]).toMatchObject({
      e: "deployment_planned",
      d: "Primorye",
    });
  });
  it("relative years (ko.attachTime)", () => {
    expect(brief("지난해 러시아에서 일한 북한 노동자는 1만5000명이었다.")[0].t).toBe("2024");
  });
  it("hearsay carries the source named earlier (attachAttribution)", () => {
    const r = brief(
      "데일리NK 소식통에 따르면 북한이 인력을 보냈다. 이들은 중국에 있다.\n이들 IT 인력 300여 명이 중국에서 일하는 것으로 알려졌다.",
    );
    expect(r[0]).toMatchObject({ q: 300, s: "it_workers", a: "Daily NK sources", d: "China" });
  });
  it("missile launches are tests, not transfers (ko.requireDprkContext)", () => {
    expect(brief("북한은 오늘 탄도미사일 2발을 발사했다.")).toEqual([]);
  });
  it("wages and revenue", () => {
    expect(brief("북한 노동자는 1인당 한 달에 700달러의 임금을 받는다.")[0]).toMatchObject({
      s: "wage",
      q: 700,
    });
    expect(brief("북한이 해외 노동자를 통해 매년 벌어들이는 돈이 3억 달러에 이른다.")[0]).toMatchObject({
      s: "revenue",
      e: "revenue_estimate",
      d: null,
    });
  });
});

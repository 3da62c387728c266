// Korean event cues, the one nearest the figure: planned ("파견할", "보낼 계획", "전망"),
// reported ("파견했", "파병됐", "보냈", "투입"), stock ("일하고", "체류", "달했던", "줄었"),
// entries ("입국"), home-going ("귀국", "철수") and capture ("생포") are other events.
import type { EventType } from "../../../../types.ts";
import { setEach } from "../../../context.ts";

const CUES: [RegExp, EventType | "home"][] = [
  [/귀국|복귀|철수|송환|생포|포로|포획/gu, "home"],
  [
    /(?:파견|파병|투입|배치|송출)(?:될|할|하기로|키로)|보낼|보내기로|계획|예정|전망|방침|결정|준비|검토|약속/gu,
    "deployment_planned",
  ],
  [/파견했|파견된|파견됐|파병됐|파병된|파병했|보냈|투입|도착|배치됐|배치된|이동했/gu, "deployment_reported"],
  [/입국/gu, "entries"],
  [/일하고|근무|체류|머물|있는|있다|달했|줄었|감소|늘었|증가|활동|주둔|추산/gu, "stock_estimate"],
];

export const attachEvent = setEach("ko.attachEvent", (ctx, c) => {
  if (c.subject === "casualties") return void (c.event = "casualties");
  if (c.subject === "revenue") return void (c.event = "revenue_estimate");
  if (!ctx.reference.subjects.people.has(c.subject)) return void (c.event = "other");
  let best: { e: EventType | "home"; d: number } | null = null;
  for (const [re, e] of CUES)
    for (const m of c.sentence.text.matchAll(re)) {
      const d = m.index < c.figure.start ? c.figure.start - m.index + 20 : m.index - c.figure.end; // Korean verbs follow
      if (!best || d < best.d) best = { e, d };
    }
  c.event = best?.e === "home" ? "other" : (best?.e ?? "stock_estimate");
  ctx.debug("ko.attachEvent", "set", c, c.event);
});

// Russian event cues: the verb nearest the figure decides. Planned ("направит", "планирует
// перебросить", "принято решение направить"), reported ("прибыли", "направила", "переброшены"),
// entries ("въехали"), stock ("работают", "находятся", "остается"), home-going ("вернулись").
import type { EventType } from "../../../../types.ts";
import { setEach } from "../../../context.ts";

const CUES: [RegExp, EventType | "home"][] = [
  [/вернул\p{L}*|возвращ\p{L}*|покинул\p{L}*|выведен\p{L}*|вывел\p{L}*/giu, "home"],
  [
    /(?:направит|отправит|перебросит|пошл[её]т|пришл[её]т|направ\p{L}* планиру|планиру\p{L}*|намерен\p{L}*|собира\p{L}*|решени\p{L}* направить|готов\p{L}* направить|будут направлен\p{L}*|будет направлен\p{L}*|может направить|могут направить|направить|отправить|перебросить|согласован\p{L}*|квот\p{L}*|пообещал\p{L}*|обещ\p{L}*|ожида\p{L}*)(?!\p{L})/giu,
    "deployment_planned",
  ],
  [
    /(?:прибыл\p{L}*|направил\p{L}*|отправил\p{L}*|перебросил\p{L}*|переброшен\p{L}*|направлен\p{L}*|отправлен\p{L}*|развернут\p{L}*|развёрнут\p{L}*|доставлен\p{L}*|прибыва\p{L}*|приехал\p{L}*|завез\p{L}*|ввез\p{L}*)/giu,
    "deployment_reported",
  ],
  [/въехал\p{L}*|въезд\p{L}*|въезжа\p{L}*|пересекл\p{L}*/giu, "entries"],
  [
    /(?:работа\p{L}*|трудят\p{L}*|трудил\p{L}*|трудит\p{L}*|наход\p{L}*|остается|остаются|остаётся|дислоцир\p{L}*|насчитыва\p{L}*|заняты|воюют|сражаются|служат|проживают|пребыва\p{L}*|числ\p{L}*|сократил\p{L}*)/giu,
    "stock_estimate",
  ],
];

export const attachEvent = setEach("ru.attachEvent", (ctx, c) => {
  if (c.subject === "casualties") return void (c.event = "casualties");
  if (c.subject === "revenue") return void (c.event = "revenue_estimate");
  const s = c.sentence.text;
  let best: { e: EventType | "home"; d: number } | null = null;
  for (const [re, e] of CUES) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const d = m.index < c.figure.start ? c.figure.start - m.index - m[0].length : m.index - c.figure.end;
      if (!best || d < best.d) best = { e, d };
    }
  }
  const e = best?.e ?? null;
  if (!ctx.reference.subjects.people.has(c.subject)) {
    // arms and money are "other" unless a plan is stated ("планирует передать")
    c.event = "other";
  } else if (e === "home") {
    c.event = "other"; // people going home: no destination (see attachDestination)
  } else c.event = e ?? (c.subject === "nationals" ? "entries" : "stock_estimate");
  ctx.debug("ru.attachEvent", "set", c, `${c.event}${best ? "" : " (default)"}`);
});

// Russian parsers, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { findFiguresRu } from "../../../../src/extract/locales/ru/figures.ts";
import { hedgeRu } from "../../../../src/extract/locales/ru/hedges.ts";
import { splitSentencesRu } from "../../../../src/extract/locales/ru/sentences.ts";
import { findSubjectRu } from "../../../../src/extract/locales/ru/subjects.ts";
import { findPlacesRu } from "../../../../src/extract/locales/ru/places.ts";
import { findSourcesRu } from "../../../../src/extract/locales/ru/attribution.ts";
import { findTimeRu } from "../../../../src/extract/locales/ru/times.ts";
import { stemRu } from "../../../../src/extract/locales/ru/stem.ts";

const fig = (s: string) => findFiguresRu(s).map((f) => [f.value, f.qualifier]);

describe("ru figures", () => {
  it("reads digits with scale words and spaces", () => {
    expect(fig("На стройке трудятся 12 тыс. рабочих.")).toEqual([[12000, "exact"]]);
    expect(fig("Прибыло свыше 10\u00a0000 человек.")).toEqual([[10000, "more_than"]]);
    expect(fig("Выручка составила 1,5 млн долларов.")).toEqual([[1500000, "exact"]]);
    expect(fig("Квота — 7 315 человек.")).toEqual([[7315, "exact"]]);
  });
  it("reads number words in every case", () => {
    expect(fig("Обещано направить пять тысяч солдат.")).toEqual([[5000, "exact"]]);
    expect(fig("Около трёх тысяч сапёров.")).toEqual([[3000, "approx"]]);
    expect(fig("Пришлют полторы тысячи строителей.")).toEqual([[1500, "exact"]]);
    expect(fig("Решено отправить одну тысячу инженеров.")).toEqual([[1000, "exact"]]);
    expect(fig("Первая тысяча рабочих уже на месте.")).toEqual([[1000, "exact"]]);
  });
  it("reads ranges", () => {
    expect(fig("Там работают от 20 до 30 тысяч мигрантов.")).toEqual([[[20000, 30000], "range"]]);
    expect(fig("Выдают 8-9 тыс. виз.")).toEqual([[[8000, 9000], "range"]]);
  });
  it("skips years, dates, calibres and model numbers", () => {
    expect(fig("В 2023 году, 5 марта, поставлены 122-мм снаряды и Т-72.")).toEqual([]);
  });
  it("keeps money and its period, drops the bracketed conversion", () => {
    const [f, ...rest] = findFiguresRu("Каждый стоит 2 тыс. долл. (150 тыс. руб.) в месяц.");
    expect([f.value, f.currency, f.period, rest.length]).toEqual([2000, "USD", "month", 0]);
  });
});

describe("ru hedges", () => {
  it("tells 'up to' from 'down to'", () => {
    const a = "Их может быть до 7 тысяч.";
    const b = "Число сократилось до 7 тысяч.";
    expect(hedgeRu(a, a.indexOf("7"), a.indexOf("7") + 8)).toBe("up_to");
    expect(hedgeRu(b, b.indexOf("7"), b.indexOf("7") + 8)).toBe("exact");
  });
  it("reads at-least and approximate hedges", () => {
    const s = "не менее 400 и порядка 900";
    expect(hedgeRu(s, s.indexOf("400"), s.indexOf("400") + 3)).toBe("at_least");
    expect(hedgeRu(s, s.indexOf("900"), s.indexOf("900") + 3)).toBe("approx");
  });
});

describe("ru sentences", () => {
  it("does not split at г., тыс., т.е. or initials", () => {
    const s = splitSentencesRu(
      "В г. Находка живут 3 тыс. человек, т.е. немного. А. Б. Иванов так считает. Второе.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "В г. Находка живут 3 тыс. человек, т.е. немного.",
      "А. Б. Иванов так считает.",
      "Второе.",
    ]);
  });
});

describe("ru subjects", () => {
  const subj = (s: string) => findFiguresRu(s).map((f) => findSubjectRu(s, f)?.subject ?? null);
  it("finds the noun after the figure", () => {
    expect(subj("Пхеньян пришлёт 2 тыс. военных строителей и 500 сапёров.")).toEqual([
      "military_builders",
      "deminers",
    ]);
    expect(subj("Отправлено 700 тысяч артиллерийских снарядов и 40 ракет.")).toEqual([
      "munitions",
      "missiles",
    ]);
    expect(subj("Выдано 3 тыс. рабочих виз.")).toEqual(["visas"]);
  });
  it("finds the noun a generic 'человек' stands for", () => {
    expect(subj("Строителей из КНДР привлекли в количестве 812 человек.")).toEqual(["construction_workers"]);
  });
  it("reads wages and wage shares", () => {
    expect(subj("Зарплата составляет 900 долларов в месяц.")).toEqual(["wage"]);
    expect(subj("Государство отбирает 60% заработка.")).toEqual(["wage_share"]);
    expect(subj("Товарооборот достиг 30 млн долларов.")).toEqual([null]);
  });
});

describe("ru places, sources, times", () => {
  it("maps places in any case to the English names", () => {
    expect(findPlacesRu("в Курской области и в Татарстане, на Алабуге").map((p) => p.name)).toEqual([
      "Kursk",
      "Tatarstan",
      "Alabuga",
    ]);
    expect(findPlacesRu("в Приморском крае").map((p) => p.name)).toEqual(["Primorye"]);
  });
  it("finds sources in frames", () => {
    expect(findSourcesRu("По словам Шойгу, решение принято.").map((f) => f.source)).toContain(
      "Sergei Shoigu",
    );
    expect(findSourcesRu("Как сообщил Буданов, солдаты прибыли.").map((f) => f.source)).toContain(
      "Kyrylo Budanov",
    );
    expect(findSourcesRu("По его словам, их около тысячи.").map((f) => f.type)).toContain("pronoun");
  });
  it("resolves relative dates", () => {
    expect(findTimeRu("в прошлом году", "2025-03-01")).toBe("2024");
    expect(findTimeRu("с октября", "2025-03-01")).toBe("2024-10/2025-03-01");
    expect(findTimeRu("в первом квартале 2024 года", null)).toBe("2024-01/2024-03");
    expect(findTimeRu("с начала года", "2025-03-01")).toBe("2025/2025-03-01");
  });
  it("stems case forms together", () => {
    expect(stemRu("области")).toBe(stemRu("область"));
  });
});

// Russian refiners end to end, on short articles written for these tests.
import { describe, expect, it } from "vitest";
import { extractClaimsDebug } from "../../../../src/extract/index.ts";

const run = (text: string, published = "2025-05-20") => extractClaimsDebug({ id: "t", text, published });
const brief = (text: string, published?: string) =>
  run(text, published).claims.map((c) => ({
    q: c.quantity,
    s: c.subject,
    e: c.event,
    d: c.destination,
    a: c.attributedTo,
    t: c.time,
  }));

describe("ru refiners", () => {
  it("casualty verbs make troops casualties (ru.casualtyVerbs)", () => {
    const r = run("По оценке Генштаба ВСУ, в боях погибли около двух тысяч военных КНДР.");
    expect(r.claims.map((c) => [c.quantity, c.subject, c.event])).toEqual([
      [2000, "casualties", "casualties"],
    ]);
    expect(r.trace.some((t) => t.step === "ru.casualtyVerbs")).toBe(true);
  });
  it("citizens who work are workers (ru.nationalsAtWork)", () => {
    expect(brief("В Хабаровском крае работают 3 тыс. граждан КНДР.")[0]).toMatchObject({
      q: 3000,
      s: "workers",
      e: "stock_estimate",
      d: "Khabarovsk",
      t: "2025-05-20",
    });
  });
  it("citizens arriving to work are workers; entries at the border stay nationals", () => {
    expect(brief("В прошлом году на работу в Россию прибыли 6 тыс. граждан КНДР.")[0]).toMatchObject({
      s: "workers",
      e: "deployment_reported",
      t: "2024",
    });
    expect(brief("За год в Россию въехали 9 тыс. граждан КНДР.")[0]).toMatchObject({
      s: "nationals",
      e: "entries",
    });
  });
  it("a ministry is the country's the text names (longest alias wins)", () => {
    expect(brief("Минобороны Украины сообщило, что погибли 700 северокорейских солдат.")[0].a).toBe(
      "Ministry of Defence of Ukraine",
    );
  });
  it("planned and reported events, the verb nearest the figure (ru.attachEvent)", () => {
    const [planned] = brief("Пхеньян планирует направить в Татарстан ещё 4 тыс. рабочих.");
    expect(planned).toMatchObject({ e: "deployment_planned", d: "Tatarstan", t: "2025-05-20" });
    const [reported] = brief("На Алабугу уже прибыли 900 северокорейских работниц.");
    expect(reported).toMatchObject({ e: "deployment_reported", d: "Alabuga", t: "../2025-05-20" });
  });
  it("people going home have no destination", () => {
    expect(brief("Около 800 военных КНДР вернулись на родину из Курской области.")[0]).toMatchObject({
      e: "other",
      d: null,
    });
  });
  it("names the source in every frame (ru.attachAttribution)", () => {
    expect(brief("Как заявил Сергей Шойгу, КНДР пришлёт 2 тыс. военных строителей.")[0].a).toBe(
      "Sergei Shoigu",
    );
    expect(brief("По данным разведки Южной Кореи, в России служат 9 тыс. солдат КНДР.")[0].a).toBe(
      "National Intelligence Service",
    );
    const carried = brief(
      "Посол Александр Мацегора дал интервью. По его словам, в стране трудятся 14 тыс. рабочих из КНДР.",
    );
    expect(carried[0].a).toBe("Alexander Matsegora");
  });
  it("a known person named by surname alone after a speech verb", () => {
    expect(brief("КНДР отправила в Россию 400 тыс. снарядов, сообщил Буданов.")[0].a).toBe("Kyrylo Budanov");
  });
  it("keeps DPRK figures only (ru.requireDprkContext)", () => {
    expect(
      brief("В Россию въехали 40 тыс. трудовых мигрантов из Узбекистана. КНДР тоже упоминается."),
    ).toEqual([]);
    expect(brief("Товарооборот России и КНДР составил 20 млн долларов.")).toEqual([]);
  });
  it("resolves stated and relative times (ru.attachTime)", () => {
    expect(brief("С начала года в Приморье прибыли 2 тыс. рабочих из КНДР.")[0].t).toBe("2025/2025-05-20");
    expect(brief("В прошлом году в Амурской области трудились 600 рабочих из КНДР.")[0].t).toBe("2024");
    expect(brief("Ежегодно КНДР получает 5 тыс. рабочих виз.")[0].t).toBeNull();
  });
  it("a generic headline count gives way to the specific one (preferSpecificSubject)", () => {
    const r = brief(
      "КНДР пришлёт 3 тыс. строителей\nКНДР пришлёт 3 тыс. военных строителей в Курскую область.",
    );
    expect(r.map((c) => c.s)).toEqual(["military_builders"]);
  });
  it("a document without North Korea yields nothing", () => {
    expect(brief("В Россию въехали 2 млн человек, из них 10 тыс. студентов.")).toEqual([]);
  });
});

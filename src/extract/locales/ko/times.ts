// Korean time expressions against the publication date: "지난해 11월" → year before, month 11;
// "올해 상반기" → Y-01/Y-06; "2024년 10월부터" → 2024-10/pub; "2022년 중반부터" → 2022/pub;
// "2017년" → 2017; "지난해" / "올해" → the year.
const pad = (n: number) => String(n).padStart(2, "0");

/** "17일 보도했다", "13일(현지시간)": a day of the publication month (or the month before). */
export function statementDateKo(s: string, published: string | null): string | null {
  const m = /(?<![\d월])(\d{1,2})일(?:\s?\(현지시간\))?/u.exec(s);
  if (!m || !published) return null;
  const d = Number(m[1]);
  let y = Number(published.slice(0, 4));
  let mo = Number(published.slice(5, 7));
  if (d > Number(published.slice(8, 10))) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
  return `${y}-${pad(mo)}-${pad(d)}`;
}

export function findTimeKo(s: string, published: string | null): string | null {
  const py = published ? Number(published.slice(0, 4)) : null;
  const end = published ?? "..";
  const yearOf = (w: string | undefined) =>
    w === "지난해" || w === "작년"
      ? py
        ? py - 1
        : null
      : w === "올해" || w === "금년"
        ? py
        : w
          ? Number(w)
          : null;
  const Y = "(?:(\\d{4})년|(지난해|작년|올해|금년))";
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`${Y}\\s?(?:(\\d{1,2})월|(초|중반|말))?\\s?(?:부터|이후)`, "u").exec(s))) {
    const y = yearOf(m[1] ?? m[2]);
    if (y) return `${y}${m[3] ? `-${pad(Number(m[3]))}` : ""}/${end}`;
  }
  if ((m = new RegExp(`${Y}\\s?(상반기|하반기|1분기|2분기|3분기|4분기)`, "u").exec(s))) {
    const y = yearOf(m[1] ?? m[2]);
    const span: Record<string, [number, number]> = {
      상반기: [1, 6],
      하반기: [7, 12],
      "1분기": [1, 3],
      "2분기": [4, 6],
      "3분기": [7, 9],
      "4분기": [10, 12],
    };
    const [a, b] = span[m[3]];
    if (y) return `${y}-${pad(a)}/${y}-${pad(b)}`;
  }
  if ((m = new RegExp(`${Y}\\s?(\\d{1,2})\\s?[~∼-]\\s?(\\d{1,2})월`, "u").exec(s))) {
    const y = yearOf(m[1] ?? m[2]);
    if (y) return `${y}-${pad(Number(m[3]))}/${y}-${pad(Number(m[4]))}`;
  }
  if ((m = new RegExp(`${Y}\\s?(\\d{1,2})월`, "u").exec(s))) {
    const y = yearOf(m[1] ?? m[2]);
    if (y) return `${y}-${pad(Number(m[3]))}`;
  }
  if ((m = new RegExp(Y, "u").exec(s))) {
    const y = yearOf(m[1] ?? m[2]);
    if (y) return String(y);
  }
  return null;
}

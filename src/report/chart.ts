// A small inline SVG chart drawn from series headlines: planned vs reported-dispatched (and stock)
// over time. No scripts, no external fetches; every label is escaped.
import { escapeHtml } from "./escape.ts";

export interface ChartLine {
  label: string;
  colour: string;
  /** Dashed for plans, so the difference survives black-and-white printing. */
  dashed?: boolean;
  /** `group`: points are joined only to neighbours of the same group (e.g. the same place). */
  points: { period: string; value: number; group?: string; note?: string }[];
}

export interface ChartSpec {
  title: string;
  unit: string;
  lines: ChartLine[];
}

const W = 640;
const H = 260;
const PAD = { left: 70, right: 90, top: 34, bottom: 46 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const pow = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= v) return m * pow;
  return 10 * pow;
}

function short(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(1)}bn`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}m`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)}k`;
  return String(n);
}

export function renderLineChart(spec: ChartSpec): string {
  const periods = [...new Set(spec.lines.flatMap((l) => l.points.map((p) => p.period)))].sort();
  const max = niceMax(Math.max(0, ...spec.lines.flatMap((l) => l.points.map((p) => p.value))));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (period: string) =>
    PAD.left + (periods.length === 1 ? plotW / 2 : (periods.indexOf(period) / (periods.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(spec.title)}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(`<title>${escapeHtml(spec.title)}</title>`);
  parts.push(
    `<text x="${PAD.left}" y="16" font-size="13" font-weight="bold">${escapeHtml(spec.title)}</text>`,
  );
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    parts.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#555">${escapeHtml(short(v))}</text>`,
    );
  }
  for (const p of periods) {
    parts.push(
      `<text x="${x(p)}" y="${H - PAD.bottom + 16}" text-anchor="middle" fill="#333">${escapeHtml(p)}</text>`,
    );
  }
  parts.push(
    `<text x="14" y="${PAD.top + plotH / 2}" transform="rotate(-90 14 ${PAD.top + plotH / 2})" text-anchor="middle" fill="#555">${escapeHtml(spec.unit)}</text>`,
  );
  spec.lines.forEach((line, i) => {
    const pts = [...line.points].sort(
      (a, b) => (a.group ?? "").localeCompare(b.group ?? "") || a.period.localeCompare(b.period),
    );
    const dash = line.dashed ? ' stroke-dasharray="6 4"' : "";
    // Join consecutive points only within a group: a line from a country figure to a site figure
    // would read as a fall that never happened.
    for (let k = 1; k < pts.length; k++) {
      if (pts[k].group !== pts[k - 1].group) continue;
      parts.push(
        `<line x1="${x(pts[k - 1].period)}" y1="${y(pts[k - 1].value)}" x2="${x(pts[k].period)}" y2="${y(pts[k].value)}" stroke="${line.colour}" stroke-width="2"${dash}/>`,
      );
    }
    for (const p of pts) {
      parts.push(
        `<circle cx="${x(p.period)}" cy="${y(p.value)}" r="4" fill="${line.colour}"><title>${escapeHtml(`${line.label} ${p.period}: ${p.value.toLocaleString("en-US")}`)}</title></circle>`,
        `<text x="${x(p.period) + 6}" y="${y(p.value) - 6}" fill="${line.colour}">${escapeHtml(short(p.value) + (p.note ? ` ${p.note}` : ""))}</text>`,
      );
    }
    const lx = PAD.left + i * 190;
    const ly = H - 12;
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${line.colour}" stroke-width="2"${dash}/>`,
      `<text x="${lx + 30}" y="${ly}" fill="#222">${escapeHtml(line.label)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}

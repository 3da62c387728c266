// Dossier → a self-contained HTML page (inline CSS and SVG, no scripts, no external fetches).
// Every string that came from an article goes through escapeHtml; URLs only if http(s).
import { escapeHtml as h, safeUrl } from "./escape.ts";
import type { Dossier } from "./model.ts";

const CSS = `
body{font:14px/1.45 "Noto Serif","Noto Serif CJK KR",Georgia,serif;color:#111;max-width:900px;margin:2em auto;padding:0 1em}
h1{font-size:24px;border-bottom:2px solid #111;padding-bottom:.2em}h2{font-size:18px;margin-top:1.6em;border-bottom:1px solid #999}
h3{font-size:15px;margin-bottom:.3em}table{border-collapse:collapse;width:100%;font-size:12px;margin:.6em 0}
th,td{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}th{background:#eee}
.status{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;font-family:sans-serif}
.corroborated{background:#d1fae5}.single-source{background:#fef3c7}.meta{color:#555;font-size:12px}
.footnotes li{margin-bottom:.4em;font-size:12px}.quote{font-style:italic}.breach{color:#991b1b;font-weight:bold}
sup a{text-decoration:none}@media print{a{color:#111}h2{break-after:avoid}.finding{break-inside:avoid}}
`;

let refCounter = 0;
function refs(ns: number[]): string {
  return `<sup>${ns.map((n) => `<a href="#fn${n}" id="r${++refCounter}">${n}</a>`).join(",")}</sup>`;
}

export function renderHtml(d: Dossier): string {
  refCounter = 0;
  const body: string[] = [];
  body.push(`<h1>${h(d.title)}</h1>`);
  const filters = [
    d.filters.topic ? `topic ${d.filters.topic}` : "",
    d.filters.since ? `since ${d.filters.since}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  body.push(`<p class="meta">Generated ${h(d.generatedAt)}${filters ? ` — ${h(filters)}` : ""}</p>`);

  body.push(`<h2>Executive summary</h2><ul>${d.summary.map((s) => `<li>${h(s)}</li>`).join("")}</ul>`);

  body.push("<h2>Findings</h2>");
  if (!d.findings.length) body.push("<p>No findings for this selection.</p>");
  d.findings.forEach((f, i) => {
    const items = [
      `<li>Evidence${refs(f.refs)} — origins: ${h(f.originNames.join("; "))}</li>`,
      ...(f.agreeingText.length
        ? [`<li>Agreeing with the headline: ${h(f.agreeingText.join("; "))}</li>`]
        : []),
      ...(f.disagreeingText.length
        ? [`<li>Other figures (not agreeing): ${h(f.disagreeingText.join("; "))}</li>`]
        : []),
      ...f.provisions.map(
        (p) =>
          `<li><b>${h(p.label)}</b> — <span class="${p.relation.startsWith("breach") ? "breach" : ""}">${h(p.relation)}</span></li>`,
      ),
      ...f.finding.parties.map(
        (p) =>
          `<li><b>Designated party:</b> ${h(p.name)} (${h(p.listId)}; ${h(p.programmes.join(", "))})</li>`,
      ),
      ...f.corrections.map(
        (c) =>
          `<li><b>${c.kind === "right_of_reply" ? "Right of reply" : "Correction"}</b> (${h(c.at)}, ${h(c.author)}): ${h(c.text)}</li>`,
      ),
    ];
    body.push(
      `<div class="finding"><h3>${i + 1}. ${h(f.finding.statement)}</h3>` +
        `<p><span class="status ${h(f.finding.status)}">${h(f.finding.status)}</span> <span class="meta">${h(f.finding.id)}</span></p>` +
        `<ul>${items.join("")}</ul></div>`,
    );
  });

  body.push("<h2>Estimates</h2>");
  for (const c of d.charts) body.push(`<figure>${c.svg}</figure>`);
  body.push(
    "<table><thead><tr><th>Series</th><th>Period</th><th>Headline</th><th>Range</th><th>Origins</th><th>Figures (grade)</th><th>Conflicts</th></tr></thead><tbody>",
  );
  for (const e of d.estimates) {
    body.push(
      `<tr><td>${h(e.series)}</td><td>${h(e.period)}</td><td title="${h(e.headlineReason)}">${h(e.headline)}${e.headlineRef ? refs([e.headlineRef]) : ""}</td>` +
        `<td>${h(e.range)}</td><td>${e.origins}</td><td>${e.figures.map((f) => `${h(f.text)} <b>${h(f.grade)}</b>${refs([f.ref])}`).join("; ")}</td>` +
        `<td>${e.contradictions || ""}</td></tr>`,
    );
  }
  body.push("</tbody></table>");

  if (d.contradictions.length || d.circular.length) {
    body.push("<h2>Contradictions and circular reporting</h2><ul>");
    for (const c of [...d.contradictions, ...d.circular]) body.push(`<li>${h(c.text)} ${refs(c.refs)}</li>`);
    body.push("</ul>");
  }

  body.push("<h2>Parties and designations</h2>");
  body.push(
    d.parties.length
      ? `<ul>${d.parties.map((p) => `<li><b>${h(p.name)}</b> — ${h(p.listId)} (${h(p.programmes.join(", ") || "no programme given")}); findings ${h(p.findings.join(", "))}</li>`).join("")}</ul>`
      : "<p>No designated party was matched in the documents behind these findings.</p>",
  );

  body.push(
    `<h2>Methodology</h2><ul>${d.methodology.evidenceStandard.map((s) => `<li>${h(s)}</li>`).join("")}</ul>`,
  );
  body.push(
    `<table><thead><tr><th>Reliability</th><th>Meaning</th></tr></thead><tbody>${d.methodology.reliability.map(([k, v]) => `<tr><td>${h(k)}</td><td>${h(v)}</td></tr>`).join("")}</tbody></table>`,
  );
  body.push(
    `<table><thead><tr><th>Credibility</th><th>Meaning</th></tr></thead><tbody>${d.methodology.credibility.map(([k, v]) => `<tr><td>${h(k)}</td><td>${h(v)}</td></tr>`).join("")}</tbody></table>`,
  );
  body.push(
    `<p class="meta">Provisions (flowwatch's summaries, not the resolution text):</p><ul>${d.methodology.provisions.map(([k, v]) => `<li><b>${h(k)}</b> — ${h(v)}</li>`).join("")}</ul>`,
  );

  body.push(`<h2>Sources</h2><ol class="footnotes">`);
  for (const f of d.footnotes) {
    const url = safeUrl(f.url);
    body.push(
      `<li id="fn${f.n}">${h(f.outlet ?? "unknown outlet")}, ${h(f.published ?? "undated")}${f.title ? `, “${h(f.title)}”` : ""}, ` +
        `${url ? `<a href="${url}" rel="noopener noreferrer nofollow">${url}</a>` : h(f.docId)}. <span class="quote">“${h(f.evidence)}”</span></li>`,
    );
  }
  body.push("</ol>");

  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${h(d.title)}</title><style>${CSS}</style></head><body>${body.join("\n")}</body></html>`
  );
}

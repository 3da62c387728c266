// Dossier → Markdown. Article text is escaped (no raw HTML, no Markdown injection); footnotes use
// the [^n] syntax GitHub and pandoc understand.
import { escapeMarkdown as md } from "./escape.ts";
import type { Dossier } from "./model.ts";

const refs = (ns: number[]) => ns.map((n) => `[^${n}]`).join("");

export function renderMarkdown(d: Dossier): string {
  const out: string[] = [];
  out.push(`# ${md(d.title)}`, "");
  const filters = [
    d.filters.topic ? `topic ${d.filters.topic}` : "",
    d.filters.since ? `since ${d.filters.since}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  out.push(`Generated ${d.generatedAt}${filters ? ` — ${filters}` : ""}.`, "");

  out.push("## Executive summary", "");
  for (const line of d.summary) out.push(`- ${md(line)}`);
  out.push("");

  out.push("## Findings", "");
  if (!d.findings.length) out.push("No findings for this selection.", "");
  d.findings.forEach((f, i) => {
    out.push(`### ${i + 1}. ${md(f.finding.statement)} ${refs(f.refs.slice(0, 1))}`, "");
    out.push(`- **Status:** ${f.finding.status} — origins: ${md(f.originNames.join("; "))}`);
    if (f.agreeingText.length) out.push(`- **Agreeing with the headline:** ${md(f.agreeingText.join("; "))}`);
    if (f.disagreeingText.length)
      out.push(`- **Other figures (not agreeing):** ${md(f.disagreeingText.join("; "))}`);
    out.push(`- **Evidence:** ${refs(f.refs)}`);
    for (const p of f.provisions) out.push(`- **${md(p.label)}** — ${md(p.relation)}`);
    for (const party of f.finding.parties)
      out.push(
        `- **Designated party:** ${md(party.name)} (${md(party.listId)}; ${md(party.programmes.join(", "))})${party.role ? ` — ${md(party.role)}` : ""}`,
      );
    for (const c of f.corrections)
      out.push(
        `- **${c.kind === "right_of_reply" ? "Right of reply" : "Correction"} (${md(c.at)}, ${md(c.author)}):** ${md(c.text)}`,
      );
    out.push(`- Finding id: \`${f.finding.id}\``, "");
  });

  out.push("## Estimates", "");
  for (const c of d.charts) out.push(`_Chart: ${md(c.title)} (see the HTML or PDF edition)._`, "");
  out.push(
    "| Series | Period | Headline | Range | Origins | Figures (grade) | Conflicts |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const e of d.estimates) {
    const figures = e.figures.map((f) => `${md(f.text)} ${f.grade}[^${f.ref}]`).join("; ");
    out.push(
      `| ${md(e.series)} | ${md(e.period)} | ${md(e.headline)}${e.headlineRef ? `[^${e.headlineRef}]` : ""} | ${md(e.range)} | ${e.origins} | ${figures} | ${e.contradictions || ""} |`,
    );
  }
  out.push("");

  if (d.contradictions.length || d.circular.length) {
    out.push("## Contradictions and circular reporting", "");
    for (const c of d.contradictions) out.push(`- ${md(c.text)} ${refs(c.refs)}`);
    for (const c of d.circular) out.push(`- ${md(c.text)} ${refs(c.refs)}`);
    out.push("");
  }

  out.push("## Parties and designations", "");
  if (!d.parties.length) out.push("No designated party was matched in the documents behind these findings.");
  for (const p of d.parties)
    out.push(
      `- **${md(p.name)}** — ${md(p.listId)} (${md(p.programmes.join(", ") || "no programme given")}); findings ${p.findings.join(", ")}`,
    );
  out.push("");

  out.push("## Methodology", "");
  for (const line of d.methodology.evidenceStandard) out.push(`- ${md(line)}`);
  out.push("", "| Source reliability | Meaning |", "| --- | --- |");
  for (const [k, v] of d.methodology.reliability) out.push(`| ${k} | ${md(v)} |`);
  out.push("", "| Information credibility | Meaning |", "| --- | --- |");
  for (const [k, v] of d.methodology.credibility) out.push(`| ${k} | ${md(v)} |`);
  out.push(
    "",
    "Grades are written reliability + credibility, e.g. B2. Provisions (flowwatch's summaries, not the resolution text):",
    "",
  );
  for (const [k, v] of d.methodology.provisions) out.push(`- **${md(k)}** — ${md(v)}`);
  out.push("");

  out.push("## Sources", "");
  for (const f of d.footnotes) {
    const link = markdownUrl(f.url);
    const where = [md(f.outlet ?? "unknown outlet"), md(f.published ?? "undated"), link ?? md(f.docId)].join(
      ", ",
    );
    out.push(`[^${f.n}]: ${where} — “${md(f.evidence)}”`);
  }
  out.push("");
  return out.join("\n");
}

/** An http(s) URL as a Markdown autolink, or null; characters that could end the link are encoded. */
function markdownUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return `<${u.href.replace(/[<>\s]/g, encodeURIComponent)}>`;
  } catch {
    return null;
  }
}

// Findings (#/findings?status=corroborated&topic=labor): what the figures indicate against Security
// Council paragraphs, each with its status, the paragraphs (with flowwatch's own summary, not the
// resolution text), the claims it rests on (links), the origins and the designated parties named.
import { h, replaceChildren, selectField, formData } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { formatTerm } from "../lib/format.ts";
import { downloadLinks, type Row } from "../lib/export.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { FindingOut } from "../lib/api-types.ts";

export const title = "Findings";

const TOPICS = ["labor", "military", "money", "arms", "other"];
const STATUSES = ["corroborated", "single-source"];

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const status = route.params.get("status") ?? "";
  const topic = route.params.get("topic") ?? "";
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Findings"), h("p", {}, "Assessing the record…"));
  const data = await getJson<{ total: number; items: FindingOut[] }>(
    "/api/findings",
    { status, topic, limit: 500 },
    signal,
  );
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Findings"),
    h(
      "p",
      { class: "meta" },
      "A finding is corroborated only when two or more independent origins agree with its headline figure. Paragraph summaries are flowwatch's paraphrase; check the official text before citing.",
    ),
    filters(status, topic),
    h("p", { class: "count" }, `${data.total} finding${data.total === 1 ? "" : "s"}`),
    data.items.length
      ? downloadLinks("flowwatch-findings", data.items.map(findingRow), FINDING_COLUMNS)
      : null,
    data.items.length
      ? h("ol", { class: "findings" }, data.items.map(finding))
      : h("p", { class: "empty" }, "No findings match."),
  );
}

const FINDING_COLUMNS = [
  "id",
  "status",
  "topic",
  "period",
  "statement",
  "paragraphs",
  "supportingClaims",
  "origins",
  "parties",
];

function findingRow(f: FindingOut): Row {
  return {
    id: f.id,
    status: f.status,
    topic: f.topic,
    period: f.period,
    statement: f.statement,
    paragraphs: f.paragraphs.map((p) => `${p.label} (${p.relation})`).join("; "),
    supportingClaims: f.supportingClaims.filter((c) => c !== null).join(" "),
    origins: f.origins.map((o) => o.name).join("; "),
    parties: f.parties.map((p) => `${p.name} (${p.listId})`).join("; "),
  };
}

function filters(status: string, topic: string): HTMLElement {
  return h(
    "form",
    {
      class: "filters",
      "aria-label": "Filter findings",
      on: {
        submit: (event) => {
          event.preventDefault();
          const form = formData(event);
          location.hash = buildHash("findings", null, {
            status: String(form.get("status") ?? ""),
            topic: String(form.get("topic") ?? ""),
          });
        },
      },
    },
    selectField(
      "fi-status",
      "status",
      "Status",
      status,
      STATUSES.map((v) => [v, formatTerm(v)]),
    ),
    selectField(
      "fi-topic",
      "topic",
      "Topic",
      topic,
      TOPICS.map((v) => [v, formatTerm(v)]),
    ),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Apply")),
  );
}

function finding(f: FindingOut): HTMLElement {
  return h(
    "li",
    { class: "finding", id: `finding-${f.id}` },
    h(
      "article",
      { "aria-labelledby": `finding-${f.id}-h` },
      h(
        "h2",
        { id: `finding-${f.id}-h` },
        h("span", { class: `status status-${f.status}` }, f.status),
        " ",
        f.statement,
      ),
      h("p", { class: "meta" }, `${f.id} · ${f.period} · ${formatTerm(f.topic)}`),
      h(
        "ul",
        { class: "paragraphs" },
        f.paragraphs.map((p) =>
          h(
            "li",
            {},
            h("strong", {}, p.label),
            p.binding === false ? h("span", { class: "meta" }, " (not binding)") : null,
            `: ${p.relation}`,
            p.summary ? h("p", { class: "summary" }, p.summary) : null,
          ),
        ),
      ),
      h(
        "dl",
        { class: "finding-facts" },
        h("dt", {}, "Supporting claims"),
        h(
          "dd",
          {},
          f.supportingClaims.length
            ? f.supportingClaims.map((id, i) => [
                i > 0 ? ", " : "",
                id !== null
                  ? h("a", { href: `#/claims/${id}`, class: "claim-link" }, `#${id}`)
                  : "unsaved claim",
              ])
            : "—",
        ),
        h("dt", {}, "Origins"),
        h("dd", {}, f.origins.length ? f.origins.map((o) => o.name).join("; ") : "—"),
        h("dt", {}, "Designated parties named"),
        h(
          "dd",
          {},
          f.parties.length
            ? f.parties.map((p, i) => [
                i > 0 ? "; " : "",
                p.name,
                h(
                  "span",
                  { class: "meta" },
                  ` (${p.listId}${p.programmes.length ? `: ${p.programmes.join(", ")}` : ""})`,
                ),
              ])
            : "none found",
        ),
      ),
    ),
  );
}

// Audit log (#/audit?actor=…&action=…&targetType=…&targetId=…&since=…&offset=…), for admins:
// who did what to which claim or account, newest first, with a CSV export of the same filter.
import { h, replaceChildren } from "../lib/dom.ts";
import { getJson, queryString } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { AuditEntry } from "../lib/api-types.ts";

export const title = "Audit log";

const FILTERS = ["actor", "action", "targetType", "targetId", "since"];
const LABELS: Record<string, string> = {
  actor: "Who",
  action: "Action",
  targetType: "Target type",
  targetId: "Target id",
  since: "Since",
};
const PLACEHOLDERS: Record<string, string> = {
  actor: "username",
  action: "e.g. review.",
  targetType: "claim or user",
  targetId: "",
  since: "YYYY-MM-DD",
};
const PAGE = 50;

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, route.params.get(f) ?? ""]));
  const offset = Math.max(0, Number.parseInt(route.params.get("offset") ?? "0", 10) || 0);
  const results = h(
    "section",
    { class: "results", "aria-live": "polite", "aria-busy": "true" },
    h("p", {}, "Loading…"),
  );
  const csv = `/api/audit?${queryString({ ...filters, format: "csv", limit: 10000 })}`;
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Audit log"),
    filterForm(filters),
    h(
      "p",
      {},
      h("a", { href: csv, download: "flowwatch-audit.csv", class: "csv-link" }, "Download as CSV"),
      " (up to 10,000 entries, this filter)",
    ),
    results,
  );
  const page = await getJson<{ items: AuditEntry[] }>(
    "/api/audit",
    { ...filters, limit: PAGE, offset },
    signal,
  );
  results.setAttribute("aria-busy", "false");
  const link = (o: number) => buildHash("audit", null, { ...filters, offset: o || null });
  const nav = h(
    "nav",
    { class: "pager", "aria-label": "audit pages" },
    h(
      "span",
      { class: "count" },
      page.items.length ? `entries ${offset + 1}–${offset + page.items.length}` : "no entries",
    ),
    offset > 0 ? h("a", { href: link(Math.max(0, offset - PAGE)), rel: "prev" }, "← Newer") : null,
    page.items.length === PAGE ? h("a", { href: link(offset + PAGE), rel: "next" }, "Older →") : null,
  );
  replaceChildren(
    results,
    nav,
    page.items.length ? auditTable(page.items) : h("p", { class: "empty" }, "Nothing matches."),
  );
}

function filterForm(filters: Record<string, string>): HTMLFormElement {
  const form = h(
    "form",
    {
      class: "filters",
      "aria-label": "Filter the audit log",
      on: {
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          location.hash = buildHash(
            "audit",
            null,
            Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? "").trim()])),
          );
        },
      },
    },
    FILTERS.map((f) =>
      h(
        "div",
        { class: "field" },
        h("label", { for: `a-${f}` }, LABELS[f]),
        h("input", {
          id: `a-${f}`,
          name: f,
          type: "text",
          value: filters[f],
          maxlength: 200,
          placeholder: PLACEHOLDERS[f] || null,
        }),
      ),
    ),
    h(
      "div",
      { class: "field actions" },
      h("button", { type: "submit" }, "Apply"),
      h("a", { href: "#/audit", class: "button secondary" }, "Clear"),
    ),
  );
  return form;
}

function target(entry: AuditEntry): Node | string {
  const label = `${entry.targetType} ${entry.targetId}`;
  return entry.targetType === "claim" ? h("a", { href: buildHash("claims", entry.targetId) }, label) : label;
}

/** "decision: correct; correction: quantity 12,000, source NIS": nested values read as words, not JSON. */
function detailText(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  return Object.entries(detail)
    .filter(
      ([, v]) => v !== null && v !== "" && !(typeof v === "object" && Object.keys(v as object).length === 0),
    )
    .map(([k, v]) => `${words(k)}: ${valueText(v)}`)
    .join("; ");
}

/** `targetType` → "target type". */
function words(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.map(valueText).join("–");
  if (typeof value === "number") return value.toLocaleString("en-GB");
  if (typeof value === "object")
    return Object.entries(value)
      .map(([k, v]) => `${words(k)} ${valueText(v)}`)
      .join(", ");
  return String(value);
}

function auditTable(items: AuditEntry[]): HTMLElement {
  const cols = ["When", "Who", "Action", "Target", "Detail"];
  return h(
    "table",
    { class: "audit" },
    h("caption", { class: "visually-hidden" }, "Audit log entries, newest first"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        cols.map((c) => h("th", { scope: "col" }, c)),
      ),
    ),
    h(
      "tbody",
      {},
      items.map((e) =>
        h(
          "tr",
          { class: "audit-entry" },
          h(
            "td",
            { "data-label": "When" },
            h("time", { datetime: e.at }, e.at.replace("T", " ").slice(0, 19)),
          ),
          h("td", { "data-label": "Who" }, e.actor),
          h("td", { "data-label": "Action" }, e.action),
          h("td", { "data-label": "Target" }, target(e)),
          h("td", { "data-label": "Detail", class: "detail" }, detailText(e.detail)),
        ),
      ),
    ),
  );
}

// Screening (#/screen?name=…&type=…): a name in any script against the imported sanctions lists,
// each hit with its score and the matcher's explanation; and a batch of names from a file, screened
// one by one with progress, downloadable as CSV.
import { formData, h, replaceChildren, selectField } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { namesFromText } from "../lib/names-file.ts";
import { downloadLinks, type Row } from "../lib/export.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { ScreenResult } from "../lib/api-types.ts";

export const title = "Screening";

const TYPES: ReadonlyArray<readonly [string, string]> = [
  ["person", "Person"],
  ["organization", "Organisation"],
];
/** Requests in flight at once during a batch. */
const PARALLEL = 4;

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const name = (route.params.get("name") ?? "").trim();
  const type = route.params.get("type") ?? "";
  const results = h("section", { class: "results", "aria-live": "polite" });
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Screening"),
    h(
      "p",
      { class: "meta" },
      "Type a name in Latin, Cyrillic or Hangul script. Each hit is one list record with its best-matching alias; a score is the matcher's, not a decision.",
    ),
    searchForm(name, type),
    results,
    batchSection(type),
  );
  if (!name) return;
  replaceChildren(results, h("p", {}, "Screening…"));
  const result = await getJson<ScreenResult>("/api/screen", { name, type, limit: 20 }, signal);
  replaceChildren(results, hitTable(result));
}

function searchForm(name: string, type: string): HTMLElement {
  return h(
    "form",
    {
      class: "filters",
      role: "search",
      "aria-label": "Screen a name",
      on: {
        submit: (event) => {
          event.preventDefault();
          const form = formData(event);
          if (!String(form.get("name") ?? "").trim()) return;
          location.hash = buildHash("screen", null, {
            name: String(form.get("name") ?? "").trim(),
            type: String(form.get("type") ?? ""),
          });
        },
      },
    },
    h(
      "div",
      { class: "field wide" },
      h("label", { for: "s-name" }, "Name"),
      h("input", { id: "s-name", name: "name", type: "search", value: name, maxlength: 300 }),
    ),
    selectField("s-type", "type", "Kind", type, TYPES),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Screen")),
  );
}

function hitTable(result: ScreenResult): HTMLElement {
  if (result.hits.length === 0)
    return h(
      "p",
      { class: "empty" },
      `No list record scores ${result.threshold.toFixed(2)} or more for “${result.query}”.`,
    );
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "screen-hits" },
      h(
        "caption",
        {},
        `${result.hits.length} list record${result.hits.length === 1 ? "" : "s"} for “${result.query}”`,
      ),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Score", "Listed name", "Matched alias", "List", "Why"].map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      h(
        "tbody",
        {},
        result.hits.map((hit) =>
          h(
            "tr",
            { class: "screen-hit" },
            h("td", { "data-label": "Score", class: "num" }, hit.score.toFixed(2)),
            h(
              "td",
              { "data-label": "Listed name" },
              h("strong", {}, hit.name),
              h("span", { class: "meta" }, ` ${hit.type}`),
              [hit.dob ? ` · born ${hit.dob}` : "", hit.nationality ? ` · ${hit.nationality}` : ""].join(""),
              hit.entities.length
                ? h(
                    "div",
                    { class: "meta" },
                    "Entity: ",
                    hit.entities.map((e, i) => [
                      i > 0 ? ", " : "",
                      h("a", { href: buildHash("entities", e.id) }, e.name),
                    ]),
                  )
                : null,
            ),
            h("td", { "data-label": "Matched alias" }, hit.matchedAlias),
            h(
              "td",
              { "data-label": "List" },
              hit.listId,
              h("span", { class: "meta" }, ` ${hit.sourceId}`),
              hit.programmes.length ? h("div", { class: "meta" }, hit.programmes.join(", ")) : null,
            ),
            h(
              "td",
              { "data-label": "Why", class: "detail" },
              h(
                "ul",
                { class: "explanation" },
                hit.explanation.map((line) => h("li", {}, line)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** One row of a batch: the name and its best hit, if any. */
interface BatchRow {
  name: string;
  best: ScreenResult["hits"][number] | null;
  error?: string;
}

function batchSection(type: string): HTMLElement {
  const status = h("p", { class: "meta", role: "status" });
  const output = h("div", {});
  const input = h("input", {
    id: "s-file",
    name: "file",
    type: "file",
    accept: ".csv,.txt,text/csv,text/plain",
  });
  const button = h("button", { type: "submit" }, "Screen the file");
  const form = h(
    "form",
    {
      class: "filters",
      "aria-label": "Screen a file of names",
      on: {
        submit: async (event) => {
          event.preventDefault();
          const file = input.files?.[0];
          if (!file) {
            status.textContent = "Choose a file first.";
            return;
          }
          const { names, truncated } = namesFromText(await file.text());
          if (names.length === 0) {
            status.textContent = `No names found in ${file.name}.`;
            return;
          }
          button.disabled = true;
          replaceChildren(output);
          const rows = await screenAll(names, type, (done) => {
            status.textContent = `Screened ${done} of ${names.length} names…`;
          });
          button.disabled = false;
          const hits = rows.filter((r) => r.best).length;
          status.textContent =
            `Screened ${names.length} names from ${file.name}: ${hits} with a hit.` +
            (truncated ? ` Only the first ${names.length} names were read.` : "");
          replaceChildren(
            output,
            batchTable(rows),
            downloadLinks("flowwatch-screening", rows.map(batchRow), BATCH_COLUMNS),
          );
        },
      },
    },
    h(
      "div",
      { class: "field wide" },
      h(
        "label",
        { for: "s-file" },
        "A file of names (one per line, or a CSV whose first column is the name)",
      ),
      input,
    ),
    h("div", { class: "field actions" }, button),
  );
  return h("section", { class: "batch" }, h("h2", {}, "Screen a list of names"), form, status, output);
}

async function screenAll(
  names: string[],
  type: string,
  progress: (done: number) => void,
): Promise<BatchRow[]> {
  const rows: BatchRow[] = new Array(names.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < names.length) {
      const i = next++;
      try {
        const result = await getJson<ScreenResult>("/api/screen", { name: names[i], type, limit: 1 });
        rows[i] = { name: names[i], best: result.hits[0] ?? null };
      } catch (err) {
        rows[i] = { name: names[i], best: null, error: err instanceof Error ? err.message : String(err) };
      }
      progress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, names.length) }, worker));
  return rows;
}

function batchTable(rows: BatchRow[]): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "screen-batch" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Name", "Best hit", "Score", "List"].map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((r) =>
          h(
            "tr",
            { class: r.best ? "has-hit" : "no-hit" },
            h(
              "td",
              { "data-label": "Name" },
              h("a", { href: buildHash("screen", null, { name: r.name }) }, r.name),
            ),
            h(
              "td",
              { "data-label": "Best hit" },
              r.error ? h("span", { class: "error" }, r.error) : (r.best?.name ?? "—"),
            ),
            h("td", { "data-label": "Score", class: "num" }, r.best ? r.best.score.toFixed(2) : "—"),
            h("td", { "data-label": "List" }, r.best?.listId ?? "—"),
          ),
        ),
      ),
    ),
  );
}

const BATCH_COLUMNS = ["name", "best_hit", "score", "list", "matched_alias", "programmes"];

function batchRow(r: BatchRow): Row {
  return {
    name: r.name,
    best_hit: r.best?.name ?? "",
    score: r.best ? r.best.score.toFixed(3) : "",
    list: r.best?.listId ?? "",
    matched_alias: r.best?.matchedAlias ?? "",
    programmes: r.best?.programmes.join("; ") ?? "",
  };
}

// Downloads of what a view shows, built in the page from the API's JSON: CSV (the same writer as
// `flowwatch export`, formula characters defused) and JSON, offered as links to Blob URLs.
import { h } from "./dom.ts";
import { toCsv, type CsvValue } from "../../../report/csv.ts";

export type Row = Record<string, CsvValue>;

/** "Download: CSV · JSON" links for `rows`, named `name.csv` / `name.json`. */
export function downloadLinks(name: string, rows: Row[], columns: string[]): HTMLElement {
  const url = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
  return h(
    "p",
    { class: "downloads" },
    "Download this selection: ",
    h(
      "a",
      { href: url(toCsv(rows, columns), "text/csv"), download: `${name}.csv`, class: "csv-link" },
      "CSV",
    ),
    " · ",
    h(
      "a",
      {
        href: url(JSON.stringify(rows, null, 2) + "\n", "application/json"),
        download: `${name}.json`,
        class: "json-link",
      },
      "JSON",
    ),
  );
}

/** A button that runs `load` (which may page through the API) and then offers the downloads. */
export function exportButton(
  name: string,
  columns: string[],
  load: (progress: (done: number) => void) => Promise<Row[]>,
): HTMLElement {
  const box = h("div", { class: "export" });
  const status = h("span", { class: "meta", role: "status" });
  const button = h(
    "button",
    {
      type: "button",
      class: "secondary",
      on: {
        click: async () => {
          button.disabled = true;
          status.textContent = "Preparing…";
          try {
            const rows = await load((done) => (status.textContent = `Read ${done} rows…`));
            status.textContent = `${rows.length} rows.`;
            box.append(downloadLinks(name, rows, columns));
            button.remove();
          } catch (err) {
            button.disabled = false;
            status.textContent = `Could not prepare the download: ${err instanceof Error ? err.message : String(err)}`;
          }
        },
      },
    },
    "Export…",
  );
  box.append(button, " ", status);
  return box;
}

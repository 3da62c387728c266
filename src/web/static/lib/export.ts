// Downloads of what a view shows, built in the page from the API's JSON: CSV (formula characters
// defused, as the server's exports do) and JSON, offered as links to Blob URLs.
import { h } from "./dom.ts";

export type Row = Record<string, string | number | boolean | null | undefined>;

/** One CSV cell: quoted, and prefixed with ' when a spreadsheet would read it as a formula. */
export function csvCell(value: Row[string]): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV with a header line of `columns`, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(","))];
  return lines.join("\r\n") + "\r\n";
}

/** "Download: CSV · JSON" links for `rows`, named `name.csv` / `name.json`. */
export function downloadLinks(name: string, rows: readonly Row[], columns: readonly string[]): HTMLElement {
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
  columns: readonly string[],
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

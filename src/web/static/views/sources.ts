// Sources (#/sources): every feed or page the monitor watches, with its last fetch, HTTP status,
// error, and the documents and claims it brought. Admins add, pause, resume and remove sources
// here and see the job queue's counts and failures.
import { formData, h, replaceChildren, selectField } from "../lib/dom.ts";
import { ApiError, getJson, postJson, sendJson } from "../lib/api.ts";
import { can } from "../lib/session.ts";
import { LANGUAGES } from "../lib/format.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { JobsReport, MonitorSource } from "../lib/api-types.ts";

export const title = "Sources";

const KINDS = ["rss", "atom", "jsonfeed", "sitemap", "page"];

export async function render(main: HTMLElement, route: Route, context: ViewContext): Promise<void> {
  const admin = can("admin");
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Sources"), h("p", {}, "Loading…"));
  const [sources, jobs] = await Promise.all([
    getJson<{ items: MonitorSource[] }>("/api/monitor/sources", {}, context.signal),
    admin ? getJson<JobsReport>("/api/monitor/jobs", {}, context.signal) : Promise.resolve(null),
  ]);
  const status = h("p", { role: "status", class: "meta" });
  const rerender = async (message: string) => {
    await render(main, route, context);
    const shown = main.querySelector("[role=status]");
    if (shown) shown.textContent = message;
  };
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Sources"),
    h(
      "p",
      { class: "meta" },
      "The feeds and pages the monitor fetches on its own while ",
      h("code", {}, "flowwatch watch"),
      " runs; new articles are ingested and read like any other document.",
    ),
    status,
    sources.items.length
      ? sourceTable(sources.items, admin, rerender)
      : h("p", { class: "empty" }, "No source is watched yet."),
    admin ? addForm(rerender) : null,
    jobs ? jobsPanel(jobs) : null,
  );
}

function when(iso: string | null): string {
  return iso ? iso.replace("T", " ").slice(0, 16) : "never";
}

function sourceTable(
  sources: MonitorSource[],
  admin: boolean,
  rerender: (message: string) => Promise<void>,
): HTMLElement {
  const act = async (label: string, run: () => Promise<unknown>, button: HTMLButtonElement) => {
    button.disabled = true;
    try {
      await run();
      await rerender(label);
    } catch (err) {
      button.disabled = false;
      alertNear(button, err);
    }
  };
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "sources" },
      h("caption", { class: "visually-hidden" }, "Watched sources"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Source", "Status", "Every", "Last fetch", "Documents", "Claims", admin ? "Manage" : null]
            .filter((c): c is string => c !== null)
            .map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      h(
        "tbody",
        {},
        sources.map((s) =>
          h(
            "tr",
            { class: `source status-${s.status}`, "data-source": String(s.id) },
            h(
              "td",
              { "data-label": "Source" },
              h("strong", {}, s.outlet ?? new URL(s.url).host),
              h("div", { class: "meta url" }, s.url),
              h(
                "div",
                { class: "meta" },
                [s.kind, s.lang ? (LANGUAGES[s.lang] ?? s.lang) : null].filter(Boolean).join(" · "),
              ),
            ),
            h("td", { "data-label": "Status" }, h("span", { class: `flag source-${s.status}` }, s.status)),
            h("td", { "data-label": "Every" }, every(s.everySeconds)),
            h(
              "td",
              { "data-label": "Last fetch" },
              when(s.lastFetchAt),
              s.lastHttpStatus !== null ? h("span", { class: "meta" }, ` HTTP ${s.lastHttpStatus}`) : null,
              s.lastError ? h("div", { class: "error source-error" }, s.lastError) : null,
            ),
            h("td", { "data-label": "Documents", class: "num" }, String(s.documents)),
            h("td", { "data-label": "Claims", class: "num" }, String(s.claims)),
            admin
              ? h(
                  "td",
                  { "data-label": "Manage" },
                  h(
                    "button",
                    {
                      type: "button",
                      class: "secondary",
                      on: {
                        click: (event) =>
                          act(
                            s.status === "active" ? "Paused." : "Resumed.",
                            () =>
                              postJson(`/api/monitor/sources/${s.id}/status`, {
                                status: s.status === "active" ? "paused" : "active",
                              }),
                            event.currentTarget as HTMLButtonElement,
                          ),
                      },
                    },
                    s.status === "active" ? "Pause" : "Resume",
                  ),
                  " ",
                  h(
                    "button",
                    {
                      type: "button",
                      class: "secondary danger",
                      on: {
                        click: (event) => {
                          if (!confirm(`Stop watching ${s.url}? Documents already ingested stay.`)) return;
                          void act(
                            "Removed.",
                            () => sendJson("DELETE", `/api/monitor/sources/${s.id}`),
                            event.currentTarget as HTMLButtonElement,
                          );
                        },
                      },
                    },
                    "Remove",
                  ),
                )
              : null,
          ),
        ),
      ),
    ),
  );
}

/** `900` → "15 min". */
function every(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  return `${Math.round(seconds / 60)} min`;
}

function alertNear(el: HTMLElement, err: unknown): void {
  const message = err instanceof ApiError || err instanceof Error ? err.message : String(err);
  el.closest("td, form")?.append(h("p", { class: "error", role: "alert" }, message));
}

function addForm(rerender: (message: string) => Promise<void>): HTMLElement {
  const problems = h("div", { role: "alert" });
  const form = h(
    "form",
    {
      class: "filters add-source",
      "aria-label": "Watch a new source",
      on: {
        submit: async (event) => {
          event.preventDefault();
          const data = formData(event);
          replaceChildren(problems);
          const body: Record<string, string> = {
            url: String(data.get("url") ?? "").trim(),
            kind: String(data.get("kind") ?? ""),
            every: String(data.get("every") ?? "").trim(),
          };
          const outlet = String(data.get("outlet") ?? "").trim();
          const lang = String(data.get("lang") ?? "");
          if (outlet) body.outlet = outlet;
          if (lang) body.lang = lang;
          try {
            await postJson("/api/monitor/sources", body);
            await rerender(`Watching ${body.url}.`);
          } catch (err) {
            replaceChildren(
              problems,
              h("p", { class: "error" }, err instanceof Error ? err.message : String(err)),
            );
          }
        },
      },
    },
    h(
      "div",
      { class: "field wide" },
      h("label", { for: "src-url" }, "Feed or page URL"),
      h("input", {
        id: "src-url",
        name: "url",
        type: "text",
        inputmode: "url",
        maxlength: 2000,
        placeholder: "https://…",
      }),
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: "src-kind" }, "Kind"),
      h(
        "select",
        { id: "src-kind", name: "kind" },
        KINDS.map((k) => h("option", { value: k }, k)),
      ),
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: "src-every" }, "Every"),
      h("input", {
        id: "src-every",
        name: "every",
        type: "text",
        value: "15m",
        maxlength: 10,
        placeholder: "15m, 2h, 1d",
      }),
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: "src-outlet" }, "Outlet (optional)"),
      h("input", { id: "src-outlet", name: "outlet", type: "text", maxlength: 200 }),
    ),
    selectField("src-lang", "lang", "Language", "", Object.entries(LANGUAGES)),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Watch")),
    problems,
  );
  return h("section", {}, h("h2", {}, "Watch a new source"), form);
}

function jobsPanel(jobs: JobsReport): HTMLElement {
  if (jobs.engine === "in-process")
    return h(
      "section",
      { class: "jobs" },
      h("h2", {}, "Jobs"),
      h(
        "p",
        { class: "meta" },
        "This server uses the embedded SQLite database: fetching, reading and assessing run inside the server process, with no queue to show. On PostgreSQL they run as jobs on ",
        h("code", {}, "flowwatch worker"),
        " processes.",
      ),
    );
  return h(
    "section",
    { class: "jobs" },
    h("h2", {}, "Jobs"),
    h(
      "dl",
      { class: "counts" },
      Object.entries(jobs.counts).map(([state, n]) =>
        h("div", {}, h("dt", {}, state), h("dd", {}, String(n))),
      ),
    ),
    jobs.failures.length
      ? h(
          "ul",
          { class: "job-failures" },
          jobs.failures.map((j) =>
            h(
              "li",
              {},
              h("strong", {}, j.task),
              ` ${j.key ?? j.id} · ${j.state}, attempt ${j.attempts} of ${j.maxAttempts}`,
              j.lastError ? h("div", { class: "error" }, j.lastError) : null,
            ),
          ),
        )
      : h("p", { class: "empty" }, "No failed or retrying job."),
    h(
      "p",
      { class: "meta" },
      "Retry or purge failed jobs with `flowwatch jobs --retry` / `flowwatch jobs --purge`.",
    ),
  );
}

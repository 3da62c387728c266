// The alert inbox (#/alerts, #/alerts?unread=1): the signed-in user's alerts, newest first, with
// unread ones marked and a "Mark read" on each; below, their watchlists with delivery, a fresh
// secret feed link and "Stop watching", and a small form to watch a subject, source, party or place.
// Article text (titles, summaries) goes in as text, never as markup.
import { h, replaceChildren } from "../lib/dom.ts";
import { getJson, postJson, sendJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { formatTerm } from "../lib/format.ts";
import { watchButton } from "../lib/watch.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { AlertItem, AlertPage, WatchKindName, WatchlistItem } from "../lib/api-types.ts";

export const title = "Alerts";

/** Tells the header badge to update (app.ts listens). */
function unreadChanged(): void {
  window.dispatchEvent(new CustomEvent("flowwatch:unread"));
}

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const unreadOnly = route.params.get("unread") === "1";
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Alerts"), h("p", {}, "Loading…"));
  const [page, watchlists] = await Promise.all([
    getJson<AlertPage>("/api/alerts", { unread: unreadOnly ? true : undefined, limit: 100 }, signal),
    getJson<{ items: WatchlistItem[] }>("/api/watchlists", {}, signal),
  ]);
  const rerender = () => render(main, route, { signal });
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Alerts"),
    h(
      "div",
      { class: "inbox-bar" },
      h(
        "p",
        { class: "count", role: "status" },
        `${page.unread} unread`,
        unreadOnly ? "" : ` of ${page.total}`,
      ),
      h(
        "a",
        { class: "button secondary", href: buildHash("alerts", null, { unread: unreadOnly ? null : 1 }) },
        unreadOnly ? "Show all" : "Show unread only",
      ),
      page.unread
        ? h(
            "button",
            {
              type: "button",
              class: "secondary",
              on: {
                click: async () => {
                  await postJson("/api/alerts/read", { all: true });
                  unreadChanged();
                  await rerender();
                },
              },
            },
            "Mark all read",
          )
        : null,
    ),
    page.items.length
      ? h(
          "ol",
          { class: "alert-list" },
          page.items.map((a) => alertItem(a, rerender)),
        )
      : h(
          "p",
          { class: "empty" },
          watchlists.items.length
            ? unreadOnly
              ? "Nothing unread."
              : "No alerts yet: they appear here when something you watch is stored."
            : "You are not watching anything yet. Use Watch on an entity or a claims search, or the form below.",
        ),
    page.total > page.items.length
      ? h("p", { class: "meta" }, `Showing the newest ${page.items.length}.`)
      : null,
    h("h2", {}, `Your watchlists (${watchlists.items.length})`),
    watchlists.items.length ? watchlistTable(watchlists.items, rerender) : null,
    addForm(),
  );
}

function alertItem(a: AlertItem, rerender: () => Promise<void>): HTMLElement {
  const p = a.event.payload;
  const unread = !a.readAt;
  return h(
    "li",
    { class: ["alert", unread ? "unread" : ""] },
    h(
      "p",
      { class: "alert-head" },
      unread
        ? h("span", { class: "dot", title: "unread" }, h("span", { class: "visually-hidden" }, "Unread: "))
        : null,
      h("a", { href: p.link?.startsWith("#/") ? p.link : "#/" }, p.title),
    ),
    h("p", { class: "alert-summary" }, p.summary),
    h(
      "p",
      { class: "meta" },
      `Watching ${a.watchlistLabel} · ${a.createdAt.slice(0, 16).replace("T", " ")} UTC`,
      unread
        ? h(
            "button",
            {
              type: "button",
              class: "secondary small",
              on: {
                click: async () => {
                  await postJson("/api/alerts/read", { ids: [a.id] });
                  unreadChanged();
                  await rerender();
                },
              },
            },
            "Mark read",
          )
        : null,
    ),
  );
}

function delivery(w: WatchlistItem): string {
  const parts = ["inbox", "feed"];
  if (w.webhookUrl) parts.push(w.webhookDisabled ? "webhook (disabled after failures)" : "webhook");
  if (w.email) parts.push(`e-mail ${w.emailMode === "digest" ? "(daily digest)" : ""}`.trim());
  return parts.join(", ");
}

function watchlistTable(items: WatchlistItem[], rerender: () => Promise<void>): HTMLElement {
  return h(
    "ul",
    { class: "watchlists" },
    items.map((w) => {
      const feed = h("span", { class: "feed-out" });
      return h(
        "li",
        {},
        h("strong", {}, w.label),
        h("span", { class: "meta" }, ` ${formatTerm(w.kind)} · ${delivery(w)}`),
        h(
          "span",
          { class: "watchlist-actions" },
          h(
            "button",
            {
              type: "button",
              class: "secondary small",
              on: {
                click: async () => {
                  const { feedUrl } = await postJson<{ feedUrl: string }>(
                    `/api/watchlists/${w.id}/feed-token`,
                    {},
                  );
                  replaceChildren(
                    feed,
                    h(
                      "label",
                      { class: "visually-hidden", for: `feed-${w.id}` },
                      `Feed address for ${w.label}`,
                    ),
                    h("input", {
                      id: `feed-${w.id}`,
                      type: "text",
                      readonly: true,
                      value: feedUrl,
                      class: "feed-url",
                    }),
                  );
                },
              },
            },
            "New feed link",
          ),
          h(
            "button",
            {
              type: "button",
              class: "secondary small",
              on: {
                click: async () => {
                  await sendJson("DELETE", `/api/watchlists/${w.id}`);
                  unreadChanged();
                  await rerender();
                },
              },
            },
            "Stop watching",
          ),
        ),
        feed,
      );
    }),
  );
}

/** Watch something typed (a party or place in any script, a subject, a source), with optional deliveries. */
function addForm(): HTMLElement {
  const out = h("div", { class: "watch-out" });
  const kind = h(
    "select",
    { id: "watch-kind", name: "kind" },
    (["party", "place", "subject", "source"] as WatchKindName[]).map((k) =>
      h("option", { value: k }, formatTerm(k)),
    ),
  );
  const input = (id: string, label: string, attrs: Record<string, unknown>) => {
    const el = h("input", { id, name: id, ...attrs });
    return [el, h("div", { class: "field" }, h("label", { for: id }, label), el)] as const;
  };
  const [value, valueField] = input("watch-value", "Name, subject or source", {
    type: "text",
    maxlength: 300,
    placeholder: "e.g. 김정은, Kursk, troops",
  });
  const [webhook, webhookField] = input("watch-webhook", "Webhook URL (optional)", {
    type: "url",
    maxlength: 2000,
  });
  const [email, emailField] = input("watch-email", "E-mail (optional)", { type: "email", maxlength: 300 });
  const digest = h("input", { id: "watch-digest", name: "digest", type: "checkbox" });
  return h(
    "form",
    {
      class: "filters watch-form",
      on: {
        submit: (event: Event) => {
          event.preventDefault();
          const v = value.value.trim();
          if (!v) return;
          const channels = {
            ...(webhook.value.trim() ? { webhookUrl: webhook.value.trim() } : {}),
            ...(email.value.trim()
              ? {
                  email: email.value.trim(),
                  emailMode: digest.checked ? ("digest" as const) : ("immediate" as const),
                }
              : {}),
          };
          replaceChildren(out, watchButton(kind.value as WatchKindName, v, `${kind.value} ${v}`, channels));
          out.querySelector<HTMLButtonElement>("button")?.click();
        },
      },
    },
    h("div", { class: "field" }, h("label", { for: "watch-kind" }, "Watch a"), kind),
    valueField,
    webhookField,
    emailField,
    h("div", { class: "field checkbox" }, digest, h("label", { for: "watch-digest" }, "Daily digest")),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Add")),
    out,
  );
}

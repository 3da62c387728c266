// The one-click "Watch" button of the entity, place and claims pages, and the unread badge in the
// header. Watching needs an account (the `watch` permission); a signed-out visitor gets a link to
// sign in and come back.
import { h, replaceChildren } from "./dom.ts";
import { ApiError, getJson, postJson } from "./api.ts";
import { buildHash } from "./route.ts";
import { can } from "./session.ts";
import type { CreatedWatchlistResponse, WatchKindName, WatchlistItem } from "./api-types.ts";

/** Whether a stored watchlist is the one this button would create (so the page can say "Watching"). */
function same(w: WatchlistItem, kind: WatchKindName, value: string | Record<string, string>): boolean {
  if (w.kind !== kind) return false;
  const t = w.target;
  if (typeof value !== "string") {
    const a = Object.entries(t.filter ?? {}).map(([k, v]) => `${k}=${String(v)}`);
    const b = Object.entries(value).map(([k, v]) => `${k}=${v}`);
    return a.length === b.length && a.every((x) => b.includes(x));
  }
  const v = value.trim().toLowerCase();
  return [t.entityId, t.subject, t.source, w.label].some(
    (x) => typeof x === "string" && x.toLowerCase() === v,
  );
}

/** Optional deliveries besides the inbox and the feed. */
export interface Channels {
  webhookUrl?: string;
  email?: string;
  emailMode?: "immediate" | "digest";
}

/** A button that creates a watchlist for `kind`/`value`; what happened is said beside it. */
export function watchButton(
  kind: WatchKindName,
  value: string | Record<string, string>,
  what: string,
  channels: Channels = {},
): HTMLElement {
  const status = h("span", { class: "watch-status", role: "status" });
  if (!can("watch")) {
    return h(
      "p",
      { class: "watch" },
      h(
        "a",
        { class: "button secondary", href: buildHash("login", null, { next: location.hash }) },
        "Sign in to watch",
      ),
      status,
    );
  }
  // Set once the button is used, so the check below cannot overwrite what the click reported.
  let clicked = false;
  const button = h(
    "button",
    {
      type: "button",
      class: "secondary watch-button",
      "aria-label": `Watch ${what}`,
      on: {
        click: async () => {
          clicked = true;
          button.disabled = true;
          replaceChildren(status, "Saving…");
          try {
            const created = await postJson<CreatedWatchlistResponse>("/api/watchlists", {
              kind,
              value,
              ...channels,
            });
            replaceChildren(
              status,
              "Watching. New items appear in your ",
              h("a", { href: "#/alerts" }, "alerts"),
              ". ",
              h("a", { href: created.feedUrl, class: "feed-link" }, "Atom feed"),
              " (keep this link private).",
              created.webhookSecret
                ? h(
                    "span",
                    { class: "webhook-secret" },
                    " Webhook signing secret, shown once: ",
                    h("code", {}, created.webhookSecret),
                  )
                : null,
            );
            button.textContent = "Watching";
          } catch (err) {
            button.disabled = false;
            if (err instanceof ApiError && err.status === 409) {
              button.disabled = true;
              button.textContent = "Watching";
              replaceChildren(
                status,
                "Already watching: see your ",
                h("a", { href: "#/alerts" }, "alerts"),
                ".",
              );
            } else
              replaceChildren(
                status,
                h("span", { class: "error" }, err instanceof Error ? err.message : String(err)),
              );
          }
        },
      },
    },
    "Watch",
  );
  // Already watching? Say so from the start (the list is small: one request per page).
  getJson<{ items: WatchlistItem[] }>("/api/watchlists")
    .then(({ items }) => {
      if (clicked || !items.some((w) => same(w, kind, value))) return;
      button.disabled = true;
      button.textContent = "Watching";
      replaceChildren(status, "You watch this: see your ", h("a", { href: "#/alerts" }, "alerts"), ".");
    })
    .catch(() => {});
  return h("p", { class: "watch" }, button, " ", status);
}

/** Shows the signed-in user's unread count in the header (hidden without the `watch` permission). */
export async function refreshUnread(link: HTMLElement, badge: HTMLElement): Promise<void> {
  link.hidden = !can("watch");
  if (link.hidden) return;
  try {
    const { unread } = await getJson<{ unread: number }>("/api/alerts/unread");
    badge.textContent = unread > 0 ? String(unread) : "";
    badge.hidden = unread === 0;
    link.setAttribute("aria-label", unread > 0 ? `Alerts, ${unread} unread` : "Alerts");
  } catch {
    badge.hidden = true;
  }
}

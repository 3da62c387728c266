// Dashboard entry: loads who is signed in, then a hash router hands the <main> element to one view
// module per route. A view that gets 401 sends the visitor to the sign-in form and back.
import { h, replaceChildren } from "./lib/dom.ts";
import { ApiError } from "./lib/api.ts";
import { parseHash, buildHash } from "./lib/route.ts";
import { current, onChange, refresh, signOut, type SessionState } from "./lib/session.ts";
import type { Route, View } from "./lib/view.ts";
import { loadVocabulary } from "./vocab.ts";
import * as claims from "./views/claims.ts";
import * as claimView from "./views/claim.ts";
import * as documents from "./views/documents.ts";
import * as documentView from "./views/document.ts";
import * as search from "./views/search.ts";
import * as login from "./views/login.ts";
import * as audit from "./views/audit.ts";
import * as overview from "./views/overview.ts";
import * as timeline from "./views/timeline.ts";
import * as findings from "./views/findings.ts";
import * as network from "./views/network.ts";
import * as entities from "./views/entities.ts";
import * as entityView from "./views/entity.ts";
import * as alertsView from "./views/alerts.ts";
import { refreshUnread } from "./lib/watch.ts";
import * as screen from "./views/screen.ts";
import * as sources from "./views/sources.ts";

/** An element index.html always has. */
function must<T extends HTMLElement = HTMLElement>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`index.html has no ${selector}`);
  return el;
}

const main = must("#main");
const account = must("#account");
const auditLink = must("#nav-audit");
const alertsLink = must("#nav-alerts");
const alertsBadge = must("#alerts-unread");
/** The unread badge follows the session, every navigation and the inbox's own changes. */
const updateUnread = () => void refreshUnread(alertsLink, alertsBadge);
window.addEventListener("flowwatch:unread", updateUnread);
let controller: AbortController | null = null;
let lastView: View | null = null;

/** A view, or the map before its module has loaded. */
type Routed = View | { title: string; lazy: () => Promise<View> };

/** The map view is another module, loaded when first opened (it brings its own geography). */
let mapView: View | null = null;
async function loadMap(): Promise<View> {
  mapView ??= await import("./views/map.ts");
  return mapView;
}

function viewFor(route: Route): Routed | null {
  if (route.view === "overview") return overview;
  if (route.view === "timeline") return timeline;
  if (route.view === "findings") return findings;
  if (route.view === "network") return network;
  if (route.view === "entities") return route.id ? entityView : entities;
  if (route.view === "map") return mapView ?? { title: "Map", lazy: loadMap };
  if (route.view === "documents") return route.id ? documentView : documents;
  if (route.view === "search") return search;
  if (route.view === "screen") return screen;
  if (route.view === "sources") return sources;
  if (route.view === "claims") return route.id ? claimView : claims;
  if (route.view === "login") return login;
  if (route.view === "audit") return audit;
  if (route.view === "alerts") return alertsView;
  return null;
}

function renderAccount(state: SessionState): void {
  auditLink.hidden = !state.permissions.includes("admin");
  updateUnread();
  if (state.user) {
    replaceChildren(
      account,
      h(
        "span",
        { class: "who" },
        "Signed in as ",
        h("strong", {}, state.user.username),
        h("span", { class: "role" }, state.user.role),
      ),
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          on: {
            click: async () => {
              await signOut();
              location.hash = state.publicRead ? "#/claims" : "#/login";
              navigate();
            },
          },
        },
        "Sign out",
      ),
    );
  } else {
    replaceChildren(
      account,
      state.readOnly ? h("span", { class: "role" }, "read-only") : null,
      h(
        "a",
        {
          href: `#/login?next=${encodeURIComponent(location.hash.startsWith("#/login") ? "#/claims" : location.hash)}`,
          class: "button secondary",
        },
        "Sign in",
      ),
    );
  }
}
onChange(renderAccount);

async function navigate(): Promise<void> {
  // In-page anchors such as the skip link (#main) are not routes.
  if (!location.hash.startsWith("#/")) return;
  const route = parseHash(location.hash);
  const view = viewFor(route);
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  for (const link of document.querySelectorAll<HTMLElement>("[data-nav]")) {
    if (link.dataset.nav === route.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (!current().user && account.querySelector("a")) renderAccount(current());
  else updateUnread();
  // The header search box shows the query only on the search page.
  const searchBox = document.querySelector<HTMLInputElement>("#search-q");
  if (searchBox && route.view !== "search") searchBox.value = "";
  if (!view) {
    replaceChildren(main, h("h1", {}, "Not found"), h("p", {}, h("a", { href: "#/" }, "Go to the overview")));
    return;
  }
  document.title = `${view.title} · flowwatch`;
  try {
    const shown = "lazy" in view ? await view.lazy() : view;
    // Every view but the sign-in form filters or labels with the registry's vocabulary.
    if (shown !== login) await loadVocabulary();
    if (signal.aborted) return;
    await shown.render(main, route, { signal });
    // Moving between views (not the first load) puts keyboard focus on the new heading; staying in a view (filters,
    // paging, picking a claim) leaves focus where it is.
    if (lastView && lastView !== shown && shown !== login)
      main.querySelector("h1")?.focus({ preventScroll: route.view === "documents" });
    lastView = shown;
  } catch (err) {
    if (signal.aborted || (err instanceof Error && err.name === "AbortError")) return;
    const status = err instanceof ApiError ? err.status : 0;
    if (status === 401 && view !== login) {
      // Not signed in (or the session expired): sign in, then come back here.
      await refresh().catch(() => {});
      location.hash = buildHash("login", null, { next: location.hash });
      return;
    }
    replaceChildren(
      main,
      h(
        "h1",
        { tabindex: "-1" },
        status === 404 ? "Not found" : status === 403 ? "Not allowed" : "Something went wrong",
      ),
      h("p", { role: "alert", class: "error" }, err instanceof Error ? err.message : String(err)),
    );
    lastView = null;
  }
}

must<HTMLFormElement>("#search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = new FormData(event.currentTarget as HTMLFormElement).get("q");
  location.hash = buildHash("search", null, { q: String(q ?? "").trim() });
});

// The skip link moves focus without touching the hash, which holds the view's state.
must(".skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener("hashchange", navigate);
if (!location.hash.startsWith("#/")) history.replaceState(null, "", "#/");
refresh()
  .catch((err: unknown) =>
    replaceChildren(account, h("span", { class: "error" }, err instanceof Error ? err.message : String(err))),
  )
  .finally(navigate);

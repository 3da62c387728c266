// Dashboard entry: loads who is signed in, then a hash router hands the <main> element to one view
// module per route. A view that gets 401 sends the visitor to the sign-in form and back.
import { h, replaceChildren } from "./lib/dom.js";
import { parseHash, buildHash } from "./lib/route.js";
import { current, onChange, refresh, signOut } from "./lib/session.js";
import * as claims from "./views/claims.js";
import * as claimView from "./views/claim.js";
import * as documents from "./views/documents.js";
import * as documentView from "./views/document.js";
import * as search from "./views/search.js";
import * as login from "./views/login.js";
import * as audit from "./views/audit.js";
import * as overview from "./views/overview.js";
import * as timeline from "./views/timeline.js";
import * as findings from "./views/findings.js";
import * as network from "./views/network.js";
import * as entities from "./views/entities.js";
import * as entityView from "./views/entity.js";

const main = document.getElementById("main");
const account = document.getElementById("account");
const auditLink = document.getElementById("nav-audit");
let controller = null;
let lastView = null;

/** The map view is another module, loaded when first opened (it brings its own geography). */
let mapView = null;
async function loadMap() {
  mapView ??= await import("./views/map.js");
  return mapView;
}

function viewFor(route) {
  if (route.view === "overview") return overview;
  if (route.view === "timeline") return timeline;
  if (route.view === "findings") return findings;
  if (route.view === "network") return network;
  if (route.view === "entities") return route.id ? entityView : entities;
  if (route.view === "map") return mapView ?? { title: "Map", lazy: loadMap };
  if (route.view === "documents") return route.id ? documentView : documents;
  if (route.view === "search") return search;
  if (route.view === "claims") return route.id ? claimView : claims;
  if (route.view === "login") return login;
  if (route.view === "audit") return audit;
  return null;
}

function renderAccount(state) {
  auditLink.hidden = !state.permissions.includes("admin");
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

async function navigate() {
  // In-page anchors such as the skip link (#main) are not routes.
  if (!location.hash.startsWith("#/")) return;
  const route = parseHash(location.hash);
  let view = viewFor(route);
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === route.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (!current().user && account.querySelector("a")) renderAccount(current());
  if (!view) {
    replaceChildren(main, h("h1", {}, "Not found"), h("p", {}, h("a", { href: "#/" }, "Go to the overview")));
    return;
  }
  document.title = `${view.title} · flowwatch`;
  try {
    if (view.lazy) view = await view.lazy();
    if (signal.aborted) return;
    await view.render(main, route, { signal });
    // Moving between views (not the first load) puts keyboard focus on the new heading; staying in a view (filters,
    // paging, picking a claim) leaves focus where it is.
    if (lastView && lastView !== view && view !== login)
      main.querySelector("h1")?.focus({ preventScroll: route.view === "documents" });
    lastView = view;
  } catch (err) {
    if (signal.aborted || (err && err.name === "AbortError")) return;
    if (err && err.status === 401 && view !== login) {
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
        err && err.status === 404
          ? "Not found"
          : err && err.status === 403
            ? "Not allowed"
            : "Something went wrong",
      ),
      h("p", { role: "alert", class: "error" }, err instanceof Error ? err.message : String(err)),
    );
    lastView = null;
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = new FormData(event.currentTarget).get("q");
  location.hash = buildHash("search", null, { q: String(q ?? "").trim() });
});

// The skip link moves focus without touching the hash, which holds the view's state.
document.querySelector(".skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener("hashchange", navigate);
if (!location.hash.startsWith("#/")) history.replaceState(null, "", "#/");
refresh()
  .catch((err) => replaceChildren(account, h("span", { class: "error" }, err.message)))
  .finally(navigate);

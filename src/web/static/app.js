// Dashboard entry: a hash router that hands the <main> element to one view module per route.
import { h, replaceChildren } from "./lib/dom.js";
import { parseHash, buildHash } from "./lib/route.js";
import * as claims from "./views/claims.js";
import * as documents from "./views/documents.js";
import * as documentView from "./views/document.js";
import * as search from "./views/search.js";

const main = document.getElementById("main");
let controller = null;
let lastView = null;

function viewFor(route) {
  if (route.view === "documents") return route.id ? documentView : documents;
  if (route.view === "search") return search;
  if (route.view === "claims") return claims;
  return null;
}

async function navigate() {
  // In-page anchors such as the skip link (#main) are not routes.
  if (!location.hash.startsWith("#/")) return;
  const route = parseHash(location.hash);
  const view = viewFor(route);
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === route.view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (!view) {
    replaceChildren(
      main,
      h("h1", {}, "Not found"),
      h("p", {}, h("a", { href: "#/claims" }, "Go to the claims")),
    );
    return;
  }
  document.title = `${view.title} · flowwatch`;
  try {
    await view.render(main, route, { signal });
    // Moving between views (not the first load) puts keyboard focus on the new heading; staying in a view (filters,
    // paging, picking a claim) leaves focus where it is.
    if (lastView && lastView !== view)
      main.querySelector("h1")?.focus({ preventScroll: route.view === "documents" });
    lastView = view;
  } catch (err) {
    if (signal.aborted || (err && err.name === "AbortError")) return;
    replaceChildren(
      main,
      h("h1", { tabindex: "-1" }, err && err.status === 404 ? "Not found" : "Something went wrong"),
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
if (!location.hash.startsWith("#/")) history.replaceState(null, "", "#/claims");
navigate();

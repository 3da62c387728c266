// The URL hash is the state of the dashboard, so every view is linkable:
//   #/claims?subject=workers&from=2024&offset=50
//   #/documents            #/documents/<id>?claim=<claimId>
//   #/search?q=<words>
//   #/  (overview)  #/timeline?subject=workers  #/findings  #/network?node=<id>  #/entities/<id>  #/map

export interface Route {
  view: string;
  id: string | null;
  params: URLSearchParams;
}

/** Reads `location.hash`. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q === -1 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q === -1 ? "" : raw.slice(q + 1));
  const [view, ...rest] = path.split("/");
  let id: string | null = null;
  if (rest.length > 0 && rest.join("/") !== "") {
    try {
      id = decodeURIComponent(rest.join("/"));
    } catch {
      id = rest.join("/");
    }
  }
  return { view: view || "overview", id, params };
}

/** `params` with empty values are left out. */
export function buildHash(
  view: string,
  id: string | null = null,
  params: Record<string, string | number | null | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return `#/${view}${id !== null && id !== undefined ? `/${encodeURIComponent(id)}` : ""}${qs ? `?${qs}` : ""}`;
}

// The URL hash is the state of the dashboard, so every view is linkable:
//   #/claims?subject=workers&from=2024&offset=50
//   #/documents            #/documents/<id>?claim=<claimId>
//   #/search?q=<words>
//   #/  (overview)  #/timeline?subject=workers  #/findings  #/network?node=<id>  #/entities/<id>  #/map

/**
 * @param {string} hash location.hash
 * @returns {{ view: string, id: string | null, params: URLSearchParams }}
 */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q === -1 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q === -1 ? "" : raw.slice(q + 1));
  const [view, ...rest] = path.split("/");
  let id = null;
  if (rest.length > 0 && rest.join("/") !== "") {
    try {
      id = decodeURIComponent(rest.join("/"));
    } catch {
      id = rest.join("/");
    }
  }
  return { view: view || "overview", id, params };
}

/**
 * @param {string} view
 * @param {string | null} [id]
 * @param {Record<string, string | number | null | undefined>} [params] empty values are left out
 */
export function buildHash(view, id = null, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return `#/${view}${id !== null && id !== undefined ? `/${encodeURIComponent(id)}` : ""}${qs ? `?${qs}` : ""}`;
}

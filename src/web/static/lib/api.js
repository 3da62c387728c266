// Fetches JSON from the flowwatch API. Errors carry the server's `{ error, message, statusCode }`.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * @param {string} path e.g. "/api/claims"
 * @param {Record<string, string | number | undefined | null>} [params] empty values are left out
 * @param {AbortSignal} [signal]
 */
export async function getJson(path, params = {}, signal) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  let res;
  try {
    res = await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: "application/json" }, signal });
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    throw new ApiError(0, "The server could not be reached.");
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(res.status, (body && body.message) || `${res.status} ${res.statusText}`);
  }
  return body;
}

// Fetches JSON from the flowwatch API. Errors carry the server's `{ error, message, statusCode }`
// (and `problems`, the list of everything wrong with a rejected write).
import { current } from "./session.js";

export class ApiError extends Error {
  constructor(status, message, problems = []) {
    super(message);
    this.status = status;
    this.problems = problems;
  }
}

async function request(url, init) {
  let res;
  try {
    res = await fetch(url, init);
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    throw new ApiError(0, "The server could not be reached.");
  }
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(
      res.status,
      (body && body.message) || `${res.status} ${res.statusText}`,
      (body && Array.isArray(body.problems) && body.problems) || [],
    );
  }
  return body;
}

/**
 * @param {string} path e.g. "/api/claims"
 * @param {Record<string, string | number | undefined | null>} [params] empty values are left out
 * @param {AbortSignal} [signal]
 */
export async function getJson(path, params = {}, signal) {
  const qs = queryString(params);
  return request(qs ? `${path}?${qs}` : path, { headers: { accept: "application/json" }, signal });
}

/** POSTs JSON with the session's CSRF token (the server refuses a cookie-authenticated write without it). */
export async function postJson(path, body) {
  const headers = { "content-type": "application/json", accept: "application/json" };
  const csrf = current().csrfToken;
  if (csrf) headers["x-csrf-token"] = csrf;
  return request(path, { method: "POST", headers, body: JSON.stringify(body) });
}

/** `a=1&b=2` with empty values left out. */
export function queryString(params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  return query.toString();
}

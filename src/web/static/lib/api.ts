// Fetches JSON from the flowwatch API. Errors carry the server's `{ error, message, statusCode }`
// (and `problems`, the list of everything wrong with a rejected write).
import { current } from "./session.ts";

export class ApiError extends Error {
  status: number;
  problems: string[];
  constructor(status: number, message: string, problems: string[] = []) {
    super(message);
    this.status = status;
    this.problems = problems;
  }
}

async function request<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (err) {
    if (err instanceof Error && err.name === "AbortError") throw err;
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
  return body as T;
}

/** GET `path` (e.g. "/api/claims"); empty `params` are left out. The caller names the response type. */
export async function getJson<T = unknown>(
  path: string,
  params: Params = {},
  signal?: AbortSignal,
): Promise<T> {
  const qs = queryString(params);
  return request<T>(qs ? `${path}?${qs}` : path, { headers: { accept: "application/json" }, signal });
}

/** POSTs JSON with the session's CSRF token (the server refuses a cookie-authenticated write without it). */
export async function postJson<T = unknown>(path: string, body: unknown): Promise<T> {
  return sendJson<T>("POST", path, body);
}

/** A write (POST, PUT, DELETE …) with the CSRF token; `body`, when given, is sent as JSON. */
export async function sendJson<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const csrf = current().csrfToken;
  if (csrf) headers["x-csrf-token"] = csrf;
  return request<T>(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export type Params = Record<string, string | number | boolean | undefined | null>;

export function queryString(params: Params): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  return query.toString();
}

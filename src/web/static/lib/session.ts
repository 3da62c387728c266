// Who is signed in, from GET /api/auth/me. The session itself is an HttpOnly cookie the page never
// sees; the CSRF token kept here goes in the X-CSRF-Token header of every write (lib/api.js).

export interface SessionState {
  user: { username: string; role: string } | null;
  csrfToken: string | null;
  permissions: string[];
  publicRead: boolean;
  readOnly: boolean;
  hasAccounts: boolean;
}
type Listener = (state: SessionState) => void;

let state: SessionState = {
  user: null,
  csrfToken: null,
  permissions: [],
  publicRead: false,
  readOnly: false,
  hasAccounts: true,
};
const listeners = new Set<Listener>();

export function current(): SessionState {
  return state;
}

/** True when the signed-in user (or an anonymous visitor) may do `permission` on this server. */
export function can(permission: string): boolean {
  return state.permissions.includes(permission);
}

export function onChange(listener: Listener): void {
  listeners.add(listener);
}

function set(next: Partial<SessionState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener(state);
}

async function readJson(res: Response): Promise<({ message?: string } & Partial<SessionState>) | null> {
  return res.json().catch(() => null);
}

export async function refresh(): Promise<SessionState> {
  const res = await fetch("/api/auth/me", { headers: { accept: "application/json" } });
  const body = await readJson(res);
  if (!res.ok || !body)
    throw new Error((body && body.message) || `could not load the session (${res.status})`);
  set(body);
  return state;
}

/** Signs in; resolves to null on success or to the server's message. */
export async function signIn(username: string, password: string): Promise<string | null> {
  const res = await fetch("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const body = await readJson(res);
  if (!res.ok) return (body && body.message) || `sign-in failed (${res.status})`;
  await refresh();
  return null;
}

export async function signOut(): Promise<void> {
  await fetch("/api/auth/logout", {
    method: "POST",
    headers: state.csrfToken ? { "x-csrf-token": state.csrfToken } : {},
  });
  await refresh();
}

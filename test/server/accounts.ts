// Accounts for server tests: one user per role, an API token each and fresh browser sessions.
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Role } from "../../src/auth/roles.ts";
import { type User } from "../../src/store/accounts.ts";
import type { Store } from "../../src/store/store.ts";

export const PASSWORD = "a long test password";

export interface TestAccount {
  user: User;
  token: string;
}

export async function addAccounts(store: Store): Promise<Record<Role, TestAccount>> {
  const accounts = {} as Record<Role, TestAccount>;
  for (const role of ["viewer", "analyst", "admin"] as const) {
    const user = await store.accounts.createUser(`test-${role}`, PASSWORD, role);
    accounts[role] = { user, token: await store.accounts.createApiToken(user.username, "tests") };
  }
  return accounts;
}

/** A new browser session for `user`: the cookie header and its CSRF token. */
export async function sessionFor(store: Store, user: User): Promise<{ cookie: string; csrf: string }> {
  const session = await store.accounts.createSession(user);
  return { cookie: `fw_session=${session.id}`, csrf: session.csrfToken };
}

/** The `name=value` part of the first Set-Cookie header. */
export function cookieFrom(res: { headers: Record<string, unknown> }): string {
  const header = res.headers["set-cookie"];
  const first = Array.isArray(header) ? String(header[0]) : String(header ?? "");
  return first.split(";")[0];
}

export async function inject(app: FastifyInstance, opts: InjectOptions) {
  const res = await app.inject(opts);
  let body: unknown = null;
  try {
    body = res.json();
  } catch {
    body = res.body;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.statusCode, headers: res.headers, body: body as any, raw: res.body };
}

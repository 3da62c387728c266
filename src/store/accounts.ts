// Users, browser sessions and API tokens (tables from migration 0004_accounts).
import type { Kysely, Selectable } from "kysely";
import type { Database, UsersTable } from "./schema.ts";
import { checkPasswordPolicy, hashPassword, verifyPassword } from "../auth/passwords.ts";
import { hashSecret, newApiToken, newSecret } from "../auth/tokens.ts";
import { isRole, type Role } from "../auth/roles.ts";

export interface User {
  username: string;
  role: Role;
  createdAt: string;
  disabled: boolean;
}

export interface Session {
  /** The secret the browser holds (cookie value); only its hash is stored. */
  id: string;
  csrfToken: string;
  user: User;
  expiresAt: string;
}

export const SESSION_HOURS = 12;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

function toUser(row: Selectable<UsersTable>): User {
  return {
    username: row.username,
    role: isRole(row.role) ? row.role : "viewer",
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  };
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function createUser(
  db: Kysely<Database>,
  username: string,
  password: string,
  role: Role,
): Promise<User> {
  if (!USERNAME.test(username)) {
    throw new Error(`invalid username "${username}": 2–40 lowercase letters, digits, '.', '_' or '-'`);
  }
  if (!isRole(role)) throw new Error(`invalid role "${String(role)}": viewer, analyst or admin`);
  const policy = checkPasswordPolicy(password, username);
  if (policy) throw new Error(policy);
  const existing = await db
    .selectFrom("users")
    .select("username")
    .where("username", "=", username)
    .executeTakeFirst();
  if (existing) throw new Error(`user "${username}" already exists`);
  const row = {
    username,
    password_hash: await hashPassword(password),
    role,
    created_at: new Date().toISOString(),
    disabled: 0,
  };
  await db.insertInto("users").values(row).execute();
  return toUser(row);
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom("users").selectAll().orderBy("username").execute();
  return rows.map(toUser);
}

export async function getUser(db: Kysely<Database>, username: string): Promise<User | null> {
  const row = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Checks a username and password; null for an unknown user, a wrong password or a disabled account. */
export async function authenticate(
  db: Kysely<Database>,
  username: string,
  password: string,
): Promise<User | null> {
  const row = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  if (!row) {
    // Spend the same time as a real check so response time does not reveal which usernames exist.
    await verifyPassword(
      password,
      "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    );
    return null;
  }
  if (!(await verifyPassword(password, row.password_hash)) || row.disabled === 1) return null;
  return toUser(row);
}

export async function createSession(db: Kysely<Database>, user: User, now = new Date()): Promise<Session> {
  const id = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashSecret(id),
      username: user.username,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { id, csrfToken, user, expiresAt };
}

export async function getSession(
  db: Kysely<Database>,
  id: string,
  now = new Date(),
): Promise<Session | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.username", "sessions.username")
    .selectAll("users")
    .select(["sessions.csrf_token", "sessions.expires_at"])
    .where("sessions.id_hash", "=", hashSecret(id))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString() || row.disabled === 1) return null;
  return { id, csrfToken: row.csrf_token, user: toUser(row), expiresAt: row.expires_at };
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", hashSecret(id)).execute();
}

/** Creates an API token for scripts; the token itself is returned once and never stored. */
export async function createApiToken(db: Kysely<Database>, username: string, label: string): Promise<string> {
  if (!(await getUser(db, username))) throw new Error(`no such user "${username}"`);
  const token = newApiToken();
  await db
    .insertInto("api_tokens")
    .values({ id_hash: hashSecret(token), username, label, created_at: new Date().toISOString(), revoked: 0 })
    .execute();
  return token;
}

export async function userForApiToken(db: Kysely<Database>, token: string): Promise<User | null> {
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.username", "api_tokens.username")
    .selectAll("users")
    .where("api_tokens.id_hash", "=", hashSecret(token))
    .where("api_tokens.revoked", "=", 0)
    .executeTakeFirst();
  return row && row.disabled === 0 ? toUser(row) : null;
}

export async function revokeApiTokens(db: Kysely<Database>, username: string): Promise<number> {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked: 1 })
    .where("username", "=", username)
    .executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export async function setUserDisabled(
  db: Kysely<Database>,
  username: string,
  disabled: boolean,
): Promise<User> {
  const result = await db
    .updateTable("users")
    .set({ disabled: disabled ? 1 : 0 })
    .where("username", "=", username)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows ?? 0) === 0) throw new Error(`no such user "${username}"`);
  if (disabled) await db.deleteFrom("sessions").where("username", "=", username).execute();
  return (await getUser(db, username))!;
}

/** Sets a new password (the policy applies) and ends the account's sessions. */
export async function setPassword(db: Kysely<Database>, username: string, password: string): Promise<void> {
  if (!(await getUser(db, username))) throw new Error(`no such user "${username}"`);
  const policy = checkPasswordPolicy(password, username);
  if (policy) throw new Error(policy);
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword(password) })
    .where("username", "=", username)
    .execute();
  await db.deleteFrom("sessions").where("username", "=", username).execute();
}

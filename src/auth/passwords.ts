// Password hashing with scrypt, a memory-hard KDF from Node's crypto (no native addon needed).
// Stored form: `scrypt$N$r$p$saltB64$hashB64`, so parameters can be raised later without breaking old hashes.
import { COMMON_BASE_WORDS, COMMON_PASSWORDS } from "./common-passwords.ts";
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** Cost parameters; N = 2^15 takes ~50–100 ms on this class of machine, which is the point. */
export const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 12;

/** True when every character steps by one from the last (`1234567890`, `abcdefghijkl`, `987654…`). */
function isSequence(p: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < p.length; i++) steps.add(p.charCodeAt(i) - p.charCodeAt(i - 1));
  return steps.size === 1 && [...steps].every((d) => Math.abs(d) <= 1);
}

/** Why a password is refused, or null: length, whitespace at the ends, and the first guesses made. */
export function checkPasswordPolicy(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.trim() !== password) return "password must not start or end with whitespace";
  const lower = password.toLowerCase();
  const base = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  if (
    COMMON_PASSWORDS.has(lower) ||
    COMMON_BASE_WORDS.has(base) ||
    isSequence(lower) ||
    new Set(lower).size < 5 ||
    (username !== undefined && username.length >= 4 && lower.includes(username.toLowerCase()))
  )
    return "password is too easy to guess (a common password, a sequence, too few different characters or the username); choose a longer phrase";
  return null;
}

export async function hashPassword(
  password: string,
  cost: { N: number; r: number; p: number } = DEFAULT_COST,
) {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...cost, maxmem: 256 * cost.N * cost.r });
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4], "base64");
  const expected = Buffer.from(parts[5], "base64");
  const key = await scrypt(password, salt, expected.length, { N, r, p, maxmem: 256 * N * r });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

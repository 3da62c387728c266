// Random secrets for sessions, CSRF and API tokens. Only a SHA-256 of a session id or token is stored.
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "fw_";

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function newApiToken(): string {
  return API_TOKEN_PREFIX + newSecret(32);
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

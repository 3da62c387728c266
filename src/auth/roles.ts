// Roles and what each may do. viewer reads and keeps personal watchlists (watch); analyst also
// reviews claims and runs screening/imports of documents; admin also manages accounts and lists.
// Checked by the server for every route. `watch` always needs an account, even on a public-read server.
export const ROLES = ["viewer", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "read" | "watch" | "review" | "ingest" | "admin";

const GRANTS: Record<Role, readonly Permission[]> = {
  viewer: ["read", "watch"],
  analyst: ["read", "watch", "review", "ingest"],
  admin: ["read", "watch", "review", "ingest", "admin"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

// Roles and what each may do. viewer reads; analyst also reviews claims and runs screening/imports of
// documents; admin also manages accounts and lists. Checked by the server for every route.
export const ROLES = ["viewer", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "read" | "review" | "ingest" | "admin";

const GRANTS: Record<Role, readonly Permission[]> = {
  viewer: ["read"],
  analyst: ["read", "review", "ingest"],
  admin: ["read", "review", "ingest", "admin"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

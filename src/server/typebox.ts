// TypeBox building blocks for route schemas: with the TypeBox type provider the schema a route
// declares is also the type of its request, so the two cannot drift apart. Validation stays with the
// app's Ajv (query strings are coerced, unknown parameters refused).
import { Type } from "typebox";

/** A non-empty text filter of at most 200 characters. */
export const Text = (description: string) => Type.String({ minLength: 1, maxLength: 200, description });

/** `2024`, `2024-06` or `2024-06-17`. */
export const IsoDatePrefix = (description: string) =>
  Type.String({ pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description });

/** `limit` (1–500, default 50) and `offset` (default 0). */
export const Pagination = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};

/** A positive integer id in the path. */
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** A reference to a shared schema registered on the app by its $id (see schemas.ts). */
export const Ref = (id: string) => Type.Unsafe<unknown>({ $ref: `${id}#` });

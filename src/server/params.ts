// Strict request parameters, checked before schema validation for every route: numbers are plain
// decimals within bounds (Ajv's coercion would read `0x10` as 16 and `1e20` as an integer), and no
// string anywhere (path, query or JSON body) may hold a NUL, which SQLite's FTS5 and PostgreSQL
// refuse with an error rather than a clean no-match.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { badRequest } from "./errors.ts";

/** Largest integer a parameter may carry: ids and offsets are 32-bit in both databases. */
export const MAX_INT_PARAM = 2 ** 31 - 1;
const DECIMAL_INT = /^-?\d{1,10}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;

type Props = Record<string, { type?: string | string[] } | undefined>;

const typesOf = (prop: { type?: string | string[] } | undefined): string[] =>
  prop?.type === undefined ? [] : [prop.type].flat();

function checkNumbers(where: string, values: unknown, props: Props | undefined, problems: string[]) {
  if (!props || !values || typeof values !== "object") return;
  for (const [name, raw] of Object.entries(values as Record<string, unknown>)) {
    const types = typesOf(props[name]);
    const integer = types.includes("integer");
    if (!integer && !types.includes("number")) continue;
    for (const v of [raw].flat()) {
      if (typeof v !== "string") continue;
      const ok = integer
        ? DECIMAL_INT.test(v) && Math.abs(Number(v)) <= MAX_INT_PARAM
        : DECIMAL.test(v) && Math.abs(Number(v)) <= Number.MAX_SAFE_INTEGER;
      if (!ok)
        problems.push(
          `${where} "${name}" must be a plain decimal ${integer ? `integer up to ${MAX_INT_PARAM}` : "number"}, got ${JSON.stringify(v.slice(0, 30))}`,
        );
    }
  }
}

/** The first path to a string holding a NUL character, or null; walks at most `budget` values. */
function findNul(value: unknown, path: string, budget = { left: 10_000 }): string | null {
  if (budget.left-- <= 0) return null;
  if (typeof value === "string") return value.includes("\u0000") ? path || "value" : null;
  if (!value || typeof value !== "object") return null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k.includes("\u0000")) return `${path}.${k.slice(0, 20)}`;
    const hit = findNul(v, path ? `${path}.${k}` : k, budget);
    if (hit) return hit;
  }
  return null;
}

function check(req: FastifyRequest): void {
  const problems: string[] = [];
  for (const [where, value] of [
    ["path parameter", req.params],
    ["query parameter", req.query],
    ["body field", req.body],
  ] as const) {
    const hit = findNul(value, "");
    if (hit) problems.push(`${where} "${hit}" holds a NUL character`);
  }
  const schema = req.routeOptions.schema as
    { querystring?: { properties?: Props }; params?: { properties?: Props } } | undefined;
  checkNumbers("path parameter", req.params, schema?.params?.properties, problems);
  checkNumbers("query parameter", req.query, schema?.querystring?.properties, problems);
  if (problems.length) throw badRequest(problems[0], problems);
}

export function installStrictParams(app: FastifyInstance): void {
  app.addHook("preValidation", async (req) => check(req));
}

// Reads one reference file: JSON, checked against its JSON Schema (Ajv, compiled once per schema).
// A missing, unreadable or malformed file is an error naming the file and what is wrong, never an
// empty table. Plain JSON Schema rather than TypeBox here: the loader runs at the start of every
// CLI process and worker thread, and Ajv loads in a fraction of TypeBox's time.
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";

export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "ReferenceDataError";
  }
}

/** A JSON Schema object (draft 7 subset). */
export type JsonSchema = Record<string, unknown>;

const ajv = new Ajv({ allErrors: false });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

export function readReferenceJson<T>(file: string, schema: JsonSchema): T {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReferenceDataError(
      file,
      code === "ENOENT" ? "missing (reference data file not found)" : String(err),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ReferenceDataError(file, `not valid JSON (${(err as Error).message})`);
  }
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  if (!validate(data)) {
    const e = validate.errors?.[0];
    throw new ReferenceDataError(
      file,
      e ? `${e.instancePath || "(top level)"} ${e.message}` : "does not match its schema",
    );
  }
  return data as T;
}

// Small builders for the schemas below.
export const str = (extra: JsonSchema = {}): JsonSchema => ({ type: "string", ...extra });
export const arrayOf = (items: JsonSchema): JsonSchema => ({ type: "array", items });
export const object = (
  properties: Record<string, JsonSchema>,
  required: string[],
  additionalProperties = false,
): JsonSchema => ({ type: "object", properties, required, additionalProperties });
